import { ABP, ConfigStateService, eLayoutType, RoutesService } from '@abp/ng.core';
import { DestroyRef, EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { distinctUntilChanged, filter, map, switchMap } from 'rxjs';
import { WorkspaceEntryDto } from '../proxy/workspaces';
import { DEPARTMENT_PLUGINS } from './departments';
import { DaladPermissions } from './permissions';
import { WorkspaceContext } from './workspace/workspace-context';

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

/**
 * The department plugins whose menu entry a user sees: those of the bodies they work in (a clerk of
 * the housing bureau sees housing only, although the clerk role grants every register and the data
 * scope keeps each to its own body); the joint office sees every granted one. `null` = all.
 */
export function ownDepartmentKeys(entries: readonly WorkspaceEntryDto[]): Set<string> | null {
  if (entries.some(entry => entry.workspace === 'joint-office')) {
    return null;
  }
  return new Set(entries.map(entry => entry.workspace));
}

/** Hides the department entries that are not the user's own (the permission still decides the rest). */
export function applyOwnDepartments(routes: RoutesService, own: Set<string> | null): void {
  for (const plugin of DEPARTMENT_PLUGINS) {
    routes.patch(`Dalad::Menu:Departments:${plugin.name}`, { invisible: own !== null && !own.has(plugin.key) });
  }
  const none = own !== null && !DEPARTMENT_PLUGINS.some(plugin => own.has(plugin.key));
  routes.patch(DEPARTMENTS_MENU, { invisible: none });
}

export function provideDaladMenu(): EnvironmentProviders {
  return provideAppInitializer(() => {
    const routes = inject(RoutesService);
    routes.add(daladMenuRoutes());
    const workspaces = inject(WorkspaceContext);
    inject(ConfigStateService)
      .getOne$('currentUser')
      .pipe(
        map(user => (user?.isAuthenticated ? (user.id as string) : null)),
        distinctUntilChanged(),
        filter((id): id is string => !!id),
        switchMap(() => workspaces.load()),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe({ next: entries => applyOwnDepartments(routes, ownDepartmentKeys(entries)), error: () => undefined });
  });
}
