import { permissionGuard } from '@abp/ng.core';
import { Routes } from '@angular/router';
import { IntakeHome } from './intake-home';
import { IntakeImport } from './intake-import';
import { LEAD_PERMISSIONS } from './intake-permissions';
import { PendingLeads } from './pending-leads';
import { LeadStatisticsPage } from './lead-statistics';

/** Lazy area of intake (cases module): registering complaint leads from every channel, one by one or in batches. */
export const INTAKE_ROUTES: Routes = [
  {
    path: '',
    component: IntakeHome,
    title: 'Dalad::Intake:Title',
  },
  {
    path: 'pending',
    component: PendingLeads,
    title: 'Dalad::Intake:Pending:Title',
  },
  {
    path: 'statistics',
    component: LeadStatisticsPage,
    title: 'Dalad::LeadStatistics:Title',
    canActivate: [permissionGuard],
    data: { requiredPolicy: LEAD_PERMISSIONS.statistics },
  },
  {
    path: 'import',
    component: IntakeImport,
    title: 'Dalad::Intake:Import:Title',
    canActivate: [permissionGuard],
    data: { requiredPolicy: LEAD_PERMISSIONS.import },
  },
];
