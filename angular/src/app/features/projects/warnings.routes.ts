import { permissionGuard } from '@abp/ng.core';
import { Routes } from '@angular/router';
import { FORBIDDEN_URL } from '../shell/forbidden-handler';
import { PROJECTS_PERMISSIONS } from './projects-labels';
import { WarningList } from './warning-list/warning-list';
import { WarningRules } from './warning-rules/warning-rules';

/** Lazy area of the early warnings of the caller's bodies, and their rules for whoever may change them. */
export const WARNINGS_ROUTES: Routes = [
  { path: '', component: WarningList, title: 'Dalad::WarningList:Title' },
  {
    path: 'rules',
    component: WarningRules,
    title: 'Dalad::WarningRules:Title',
    canActivate: [permissionGuard],
    data: { requiredPolicy: PROJECTS_PERMISSIONS.manageRules, redirectUrl: FORBIDDEN_URL },
  },
];
