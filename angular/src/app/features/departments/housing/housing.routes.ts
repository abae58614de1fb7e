import { Routes } from '@angular/router';
import { HousingWorkspace } from './housing-workspace';

/** Lazy area of the Housing department plugin, mounted at `/departments/housing`. */
export const HOUSING_ROUTES: Routes = [
  {
    path: '',
    component: HousingWorkspace,
    title: 'Dalad::Departments:Housing:Title',
  },
];
