import { Routes } from '@angular/router';
import { CasesHome } from './cases-home';

/** Lazy area of the cases module: the cases inbox (assignment, handling, follow-up visits, supervision). */
export const CASES_ROUTES: Routes = [
  {
    path: '',
    component: CasesHome,
    title: 'Dalad::Cases:Title',
  },
];
