import { Routes } from '@angular/router';
import { ManageProfile } from './manage-profile';

/** The user menu's profile and change-password entries: one page, two forms (`#password` opens the second). */
export const ACCOUNT_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'manage' },
  { path: 'manage', component: ManageProfile, title: 'Dalad::Account:Title' },
];
