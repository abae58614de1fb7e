import { ABP, eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';
import { DaladPermissions } from '../../core/permissions';

/** The feature's policy: its menu entry and its area (app.routes.ts) need it. */
export const RESPONSIBILITY_POLICY = DaladPermissions.Responsibility;

export function responsibilityMenu(): ABP.Route[] {
  return [
    {
      path: '/responsibility',
      name: 'Dalad::Menu:Responsibility',
      iconClass: 'fa fa-sitemap',
      order: 6,
      layout: eLayoutType.application,
      requiredPolicy: RESPONSIBILITY_POLICY,
    },
  ];
}

/** Registers the feature's menu entries with ABP's RoutesService (as ABP's config packages do). */
export function provideResponsibilityFeature(): EnvironmentProviders {
  return provideMenu(responsibilityMenu);
}
