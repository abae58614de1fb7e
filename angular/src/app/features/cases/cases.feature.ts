import { ABP, eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';
import { DaladPermissions } from '../../core/permissions';

/** The feature's policy: its menu entry and its area (app.routes.ts) need it. */
export const CASES_POLICY = DaladPermissions.Cases;

export function casesMenu(): ABP.Route[] {
  return [
    {
      path: '/cases',
      name: 'Dalad::Menu:Cases',
      iconClass: 'fa fa-inbox',
      order: 2,
      layout: eLayoutType.application,
      requiredPolicy: CASES_POLICY,
    },
  ];
}

/** Registers the feature's menu entries with ABP's RoutesService (as ABP's config packages do). */
export function provideCasesFeature(): EnvironmentProviders {
  return provideMenu(casesMenu);
}
