import { ABP, ConfigStateService, eLayoutType, RoutesService } from '@abp/ng.core';
import { DestroyRef, EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { distinctUntilChanged, filter, map, switchMap } from 'rxjs';
import { DEPARTMENT_PLUGINS } from '../../core/departments';
import { applyOwnDepartments, DEPARTMENTS_MENU, ownDepartmentKeys, provideMenu } from '../../core/menu';
import { WorkspaceContext } from '../../core/workspace/workspace-context';

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

/**
 * Registers the departments' menu entries with ABP's RoutesService, and once the user is known keeps only the
 * entries of their own bodies visible.
 */
export function provideDepartmentsFeature(): EnvironmentProviders[] {
  return [
    provideMenu(departmentsMenu),
    provideAppInitializer(() => {
      const routes = inject(RoutesService);
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
    }),
  ];
}
