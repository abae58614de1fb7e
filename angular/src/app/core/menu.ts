import { ABP, eLayoutType, RoutesService } from '@abp/ng.core';
import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { DEPARTMENT_PLUGINS } from './departments';
import { DaladPermissions } from './permissions';

export const DEPARTMENTS_MENU = 'Dalad::Menu:Departments';

/**
 * Our menu entries. Each carries the permission it needs (`requiredPolicy`): ABP's RoutesService
 * hides an entry unless `auth.grantedPolicies` grants it. The identity pages add their own entries
 * under ABP's administration menu (`provideIdentityConfig`).
 */
export function daladMenuRoutes(): ABP.Route[] {
  const application = eLayoutType.application;
  const routes: ABP.Route[] = [
    { path: '/workspace', name: 'Dalad::Menu:Workspace', iconClass: 'fa fa-home', order: 1, layout: application },
    {
      path: '/cases',
      name: 'Dalad::Menu:Cases',
      iconClass: 'fa fa-inbox',
      order: 2,
      layout: application,
      requiredPolicy: DaladPermissions.Cases,
    },
    {
      path: '/intake',
      name: 'Dalad::Menu:Intake',
      iconClass: 'fa fa-phone',
      order: 3,
      layout: application,
      requiredPolicy: DaladPermissions.Leads,
    },
    {
      path: '/search',
      name: 'Dalad::Menu:Search',
      iconClass: 'fa fa-search',
      order: 4,
      layout: application,
      requiredPolicy: DaladPermissions.Search,
    },
    {
      path: '/calendar',
      name: 'Dalad::Menu:Calendar',
      iconClass: 'fa fa-calendar',
      order: 5,
      layout: application,
      requiredPolicy: DaladPermissions.Calendar,
    },
    {
      path: '/responsibility',
      name: 'Dalad::Menu:Responsibility',
      iconClass: 'fa fa-sitemap',
      order: 6,
      layout: application,
      requiredPolicy: DaladPermissions.Responsibility,
    },
    {
      name: DEPARTMENTS_MENU,
      iconClass: 'fa fa-university',
      order: 7,
      layout: application,
      requiredPolicy: DEPARTMENT_PLUGINS.map(plugin => plugin.policy).join(' || '),
    },
  ];
  DEPARTMENT_PLUGINS.forEach((plugin, index) =>
    routes.push({
      path: `/departments/${plugin.key}`,
      name: `Dalad::Menu:Departments:${plugin.name}`,
      parentName: DEPARTMENTS_MENU,
      iconClass: plugin.iconClass,
      order: index + 1,
      layout: application,
      requiredPolicy: plugin.policy,
    }),
  );
  return routes;
}

export function provideDaladMenu(): EnvironmentProviders {
  return provideAppInitializer(() => {
    inject(RoutesService).add(daladMenuRoutes());
  });
}
