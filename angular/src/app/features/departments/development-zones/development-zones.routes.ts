import { Routes } from '@angular/router';
import { DevelopmentZonesWorkspace } from './development-zones-workspace';

/** Lazy area of the DevelopmentZones department plugin, mounted at `/departments/development-zones`. */
export const DEVELOPMENT_ZONES_ROUTES: Routes = [
  {
    path: '',
    component: DevelopmentZonesWorkspace,
    title: 'Dalad::Departments:DevelopmentZones:Title',
  },
];
