import { ABP, eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';
import { DaladPermissions } from '../../core/permissions';

/** The feature's policy: its menu entry and its area (app.routes.ts) need it. */
export const CALENDAR_POLICY = DaladPermissions.Calendar;

export function calendarMenu(): ABP.Route[] {
  return [
    {
      path: '/calendar',
      name: 'Dalad::Menu:Calendar',
      iconClass: 'fa fa-calendar',
      order: 5,
      layout: eLayoutType.application,
      requiredPolicy: CALENDAR_POLICY,
    },
  ];
}

/** Registers the feature's menu entries with ABP's RoutesService (as ABP's config packages do). */
export function provideCalendarFeature(): EnvironmentProviders {
  return provideMenu(calendarMenu);
}
