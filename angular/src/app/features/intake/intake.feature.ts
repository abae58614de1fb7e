import { ABP, eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';
import { DaladPermissions } from '../../core/permissions';

/** The feature's policy: its menu entry and its area (app.routes.ts) need it. */
export const INTAKE_POLICY = DaladPermissions.Leads;

export function intakeMenu(): ABP.Route[] {
  return [
    {
      path: '/intake',
      name: 'Dalad::Menu:Intake',
      iconClass: 'fa fa-phone',
      order: 3,
      layout: eLayoutType.application,
      requiredPolicy: INTAKE_POLICY,
    },
    {
      path: '/intake/statistics',
      name: 'Dalad::Menu:LeadStatistics',
      iconClass: 'fa fa-bar-chart',
      order: 4,
      layout: eLayoutType.application,
      requiredPolicy: 'Dalad.Leads.Statistics',
    },
  ];
}

/** Registers the feature's menu entries with ABP's RoutesService (as ABP's config packages do). */
export function provideIntakeFeature(): EnvironmentProviders {
  return provideMenu(intakeMenu);
}
