import { ABP, ConfigStateService, eLayoutType, RoutesService } from '@abp/ng.core';
import { DestroyRef, EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { combineLatest, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';
import { DEPARTMENTS_PATH, DepartmentDescription, Departments } from '../../core/departments';
import { applyOwnDepartments, DEPARTMENTS_MENU, departmentMenuNames, ownDepartmentKeys, provideMenu } from '../../core/menu';
import { WorkspaceContext } from '../../core/workspace/workspace-context';

/** The departments group, shown while the user may read any department. */
export function departmentsGroup(): ABP.Route[] {
  return [{ name: DEPARTMENTS_MENU, iconClass: 'fa fa-university', order: 7, layout: eLayoutType.application, invisible: true }];
}

/** The menu entries of the served departments, each behind the policy the server names. */
export function departmentsMenu(departments: readonly DepartmentDescription[]): ABP.Route[] {
  return departments.flatMap((department, index) =>
    department.menu.map((entry, order) => ({
      path: `${DEPARTMENTS_PATH}/${department.key}${entry.path ? '/' + entry.path : ''}`,
      name: `Dalad::${entry.nameKey}`,
      parentName: DEPARTMENTS_MENU,
      iconClass: entry.icon,
      order: index * 10 + order + 1,
      layout: eLayoutType.application,
      requiredPolicy: entry.requiredPolicy,
    })),
  );
}

/**
 * Keeps the departments' menu entries in step with the application configuration (a department
 * created or changed at run time appears after the next configuration refresh, no new build), and
 * once the user is known shows only the entries of their own bodies.
 */
export function provideDepartmentsFeature(): EnvironmentProviders[] {
  return [
    provideMenu(departmentsGroup),
    provideAppInitializer(() => {
      const routes = inject(RoutesService);
      const workspaces = inject(WorkspaceContext);
      const config = inject(ConfigStateService);
      let shown: string[] = [];
      const own$ = config.getOne$('currentUser').pipe(
        map(user => (user?.isAuthenticated ? (user.id as string) : null)),
        distinctUntilChanged(),
        switchMap(id => (id ? workspaces.load() : of([]))),
      );
      combineLatest([inject(Departments).all$(), own$])
        .pipe(
          filter(([departments]) => !!departments),
          takeUntilDestroyed(inject(DestroyRef)),
        )
        .subscribe({
          next: ([departments, entries]) => {
            if (shown.length) {
              routes.remove(shown);
            }
            const menu = departmentsMenu(departments);
            routes.add(menu);
            shown = departments.flatMap(departmentMenuNames);
            applyOwnDepartments(routes, departments, ownDepartmentKeys(entries));
          },
          error: () => undefined,
        });
    }),
  ];
}
