import { inject } from '@angular/core';
import { CanActivateFn, Router, Routes } from '@angular/router';
import { Departments } from '../../core/departments';
import { FORBIDDEN_URL } from '../shell/forbidden-handler';
import { DepartmentArea } from './department-area';

/** A department the server describes to this user (so one they may read); any other key opens the 403 page. */
export const departmentGuard: CanActivateFn = route =>
  inject(Departments).find(route.paramMap.get('key')) ? true : inject(Router).parseUrl(FORBIDDEN_URL);

/** `/departments/<key>`: the generic department area, for every department. */
export const DEPARTMENTS_ROUTES: Routes = [
  { path: ':key', canActivate: [departmentGuard], component: DepartmentArea, title: 'Dalad::Menu:Departments' },
  // A page every department may have, opened by a menu entry its definition states (path `supervision`).
  { path: ':key/supervision', canActivate: [departmentGuard], component: DepartmentArea, title: 'Dalad::Menu:Departments', data: { page: 'supervision' } },
  { path: ':key/register/:kind', canActivate: [departmentGuard], component: DepartmentArea, title: 'Dalad::Menu:Departments' },
];
