import { Routes } from '@angular/router';
import { TownshipsWorkspace } from './townships-workspace';

/** Lazy area of the Townships department plugin, mounted at `/departments/townships`. */
export const TOWNSHIPS_ROUTES: Routes = [
  {
    path: '',
    component: TownshipsWorkspace,
    title: 'Dalad::Departments:Townships:Title',
  },
];
