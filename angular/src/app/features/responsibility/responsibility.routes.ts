import { Routes } from '@angular/router';
import { ResponsibilityHome } from './responsibility-home';

/** Lazy area of the responsibility module: bodies, territories, industries and the responsibility matrix. */
export const RESPONSIBILITY_ROUTES: Routes = [
  {
    path: '',
    component: ResponsibilityHome,
    title: 'Dalad::Responsibility:Title',
  },
];
