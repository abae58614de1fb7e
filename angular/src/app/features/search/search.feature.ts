import { ABP, eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';
import { DaladPermissions } from '../../core/permissions';

/** The feature's policy: its menu entry and its area (app.routes.ts) need it. */
export const SEARCH_POLICY = DaladPermissions.Search;

export function searchMenu(): ABP.Route[] {
  return [
    {
      path: '/search',
      name: 'Dalad::Menu:Search',
      iconClass: 'fa fa-search',
      order: 4,
      layout: eLayoutType.application,
      requiredPolicy: SEARCH_POLICY,
    },
  ];
}

/** Registers the feature's menu entries with ABP's RoutesService (as ABP's config packages do). */
export function provideSearchFeature(): EnvironmentProviders {
  return provideMenu(searchMenu);
}
