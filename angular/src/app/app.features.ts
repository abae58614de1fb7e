import { ABP } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { calendarMenu, provideCalendarFeature } from './features/calendar/calendar.feature';
import { casesMenu, provideCasesFeature } from './features/cases/cases.feature';
import { departmentsGroup, provideDepartmentsFeature } from './features/departments/departments.feature';
import { enforcementMenu, provideEnforcementFeature } from './features/enforcement/enforcement.feature';
import { intakeMenu, provideIntakeFeature } from './features/intake/intake.feature';
import { oversightMenu, provideOversightFeature } from './features/oversight/oversight.feature';
import { projectsMenu, provideProjectsFeature } from './features/projects/projects.feature';
import { provideResponsibilityFeature, responsibilityMenu } from './features/responsibility/responsibility.feature';
import { provideSearchFeature, searchMenu } from './features/search/search.feature';
import { provideWorkspaceFeature, workspaceMenu } from './features/workspace/workspace.feature';

/** The app's features: each registers its own menu entries and their policies (as ABP's config packages do). */
export function provideDaladFeatures(): EnvironmentProviders[] {
  return [
    provideWorkspaceFeature(),
    provideCasesFeature(),
    provideIntakeFeature(),
    provideSearchFeature(),
    provideCalendarFeature(),
    provideResponsibilityFeature(),
    provideProjectsFeature(),
    provideOversightFeature(),
    provideEnforcementFeature(),
    ...provideDepartmentsFeature(),
  ];
}

/** Every feature's menu entries together (what the providers above add; the departments' own come from the server), for the menu's tests. */
export function daladMenuRoutes(): ABP.Route[] {
  return [
    ...workspaceMenu(),
    ...casesMenu(),
    ...intakeMenu(),
    ...searchMenu(),
    ...calendarMenu(),
    ...responsibilityMenu(),
    ...projectsMenu(),
    ...oversightMenu(),
    ...enforcementMenu(),
    ...departmentsGroup(),
  ];
}
