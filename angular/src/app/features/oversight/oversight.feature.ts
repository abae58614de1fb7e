import { ABP, eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';
import { DaladPermissions } from '../../core/permissions';

/** The area's policy: the joint office sees every body's figures, a body's leader his own (server-side scope). */
export const OVERSIGHT_POLICY = DaladPermissions.Oversight;
export const OVERSIGHT_SUPERVISE_POLICY = `${DaladPermissions.Oversight}.Supervise`;
export const OVERSIGHT_ANSWER_POLICY = `${DaladPermissions.Oversight}.Answer`;
export const OVERSIGHT_MONTHLY_REPORTS_POLICY = `${DaladPermissions.Oversight}.MonthlyReports`;
export const OVERSIGHT_ASSESS_POLICY = `${DaladPermissions.Oversight}.Assess`;
export const OVERSIGHT_DRAW_POLICY = `${DaladPermissions.Oversight}.Draw`;

export const OVERSIGHT_MENU = 'Dalad::Menu:Oversight';

/** Oversight: one entry; the command view and the supervision reminders are tabs of the area (OversightTabs). */
export function oversightMenu(): ABP.Route[] {
  return [
    {
      path: '/oversight',
      name: OVERSIGHT_MENU,
      iconClass: 'fa fa-bar-chart',
      order: 6.8,
      layout: eLayoutType.application,
      requiredPolicy: OVERSIGHT_POLICY,
    },
  ];
}

export function provideOversightFeature(): EnvironmentProviders {
  return provideMenu(oversightMenu);
}
