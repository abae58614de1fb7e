import { Routes } from '@angular/router';
import { IntakeHome } from './intake-home';

/** Lazy area of intake (cases module): registering complaint leads from every channel, one by one or in batches. */
export const INTAKE_ROUTES: Routes = [
  {
    path: '',
    component: IntakeHome,
    title: 'Dalad::Intake:Title',
  },
];
