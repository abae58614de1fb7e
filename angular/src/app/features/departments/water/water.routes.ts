import { Routes } from '@angular/router';
import { WaterWorkspace } from './water-workspace';

/** Lazy area of the Water department plugin, mounted at `/departments/water`. */
export const WATER_ROUTES: Routes = [
  {
    path: '',
    component: WaterWorkspace,
    title: 'Dalad::Departments:Water:Title',
  },
];
