import { ABP, eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { DEPARTMENT_PLUGINS } from '../../core/departments';
import { DEPARTMENTS_MENU, provideMenu } from '../../core/menu';

/** The departments group (shown when any plugin is granted) and one entry per plugin, each behind its own policy. */
export function departmentsMenu(): ABP.Route[] {
  const application = eLayoutType.application;
  return [
    {
      name: DEPARTMENTS_MENU,
      iconClass: 'fa fa-university',
      order: 7,
      layout: application,
      requiredPolicy: DEPARTMENT_PLUGINS.map(plugin => plugin.policy).join(' || '),
    },
    ...DEPARTMENT_PLUGINS.map((plugin, index) => ({
      path: `/departments/${plugin.key}`,
      name: `Dalad::Menu:Departments:${plugin.name}`,
      parentName: DEPARTMENTS_MENU,
      iconClass: plugin.iconClass,
      order: index + 1,
      layout: application,
      requiredPolicy: plugin.policy,
    })),
  ];
}

/** Registers the departments' menu entries with ABP's RoutesService. */
export function provideDepartmentsFeature(): EnvironmentProviders {
  return provideMenu(departmentsMenu);
}
