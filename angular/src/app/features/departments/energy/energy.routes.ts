import { Routes } from '@angular/router';
import { EnergyWorkspace } from './energy-workspace';

/** Lazy area of the Energy department plugin, mounted at `/departments/energy`. */
export const ENERGY_ROUTES: Routes = [
  {
    path: '',
    component: EnergyWorkspace,
    title: 'Dalad::Departments:Energy:Title',
  },
];
