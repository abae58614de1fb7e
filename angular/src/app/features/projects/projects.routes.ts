import { Routes } from '@angular/router';
import { ProjectList } from './project-list/project-list';
import { ProjectPage } from './project-page/project-page';

/** Lazy area of the projects the caller's bodies own. */
export const PROJECTS_ROUTES: Routes = [
  { path: '', component: ProjectList, title: 'Dalad::ProjectList:Title' },
  { path: ':id', component: ProjectPage, title: 'Dalad::ProjectPage:Title' },
];
