import { ABP, eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';
import { DaladPermissions } from '../../core/permissions';

/** The areas' policies: the menu entries and the areas (app.routes.ts) need them. */
export const PROJECTS_POLICY = DaladPermissions.Projects;
export const WARNINGS_POLICY = DaladPermissions.Warnings;
export const WARNING_RULES_POLICY = DaladPermissions.WarningRules;

export const PROJECTS_MENU = 'Dalad::Menu:ProjectSupervision';

/** Project supervision → projects, warnings, warning rules. The group shows while either entry may be opened (ABP's `||` policy). */
export function projectsMenu(): ABP.Route[] {
  return [
    {
      name: PROJECTS_MENU,
      iconClass: 'fa fa-building',
      order: 6.5,
      layout: eLayoutType.application,
      requiredPolicy: `${PROJECTS_POLICY} || ${WARNINGS_POLICY}`,
    },
    {
      path: '/projects',
      name: 'Dalad::Menu:Projects',
      parentName: PROJECTS_MENU,
      iconClass: 'fa fa-list',
      order: 1,
      layout: eLayoutType.application,
      requiredPolicy: PROJECTS_POLICY,
    },
    {
      path: '/warnings',
      name: 'Dalad::Menu:Warnings',
      parentName: PROJECTS_MENU,
      iconClass: 'fa fa-exclamation-triangle',
      order: 2,
      layout: eLayoutType.application,
      requiredPolicy: WARNINGS_POLICY,
    },
    {
      path: '/warnings/rules',
      name: 'Dalad::Menu:WarningRules',
      parentName: PROJECTS_MENU,
      iconClass: 'fa fa-sliders',
      order: 3,
      layout: eLayoutType.application,
      requiredPolicy: WARNING_RULES_POLICY,
    },
  ];
}

/** Registers the feature's menu entries with ABP's RoutesService (as ABP's config packages do). */
export function provideProjectsFeature(): EnvironmentProviders {
  return provideMenu(projectsMenu);
}
