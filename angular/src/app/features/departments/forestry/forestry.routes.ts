import { Routes } from '@angular/router';
import { ForestryWorkspace } from './forestry-workspace';

/** Lazy area of the Forestry department plugin, mounted at `/departments/forestry`. */
export const FORESTRY_ROUTES: Routes = [
  {
    path: '',
    component: ForestryWorkspace,
    title: 'Dalad::Departments:Forestry:Title',
  },
];
