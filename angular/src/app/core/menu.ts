import { ABP, RoutesService } from '@abp/ng.core';
import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { WorkspaceEntryDto } from '../proxy/workspaces';
import { DepartmentDescription } from './departments';
import { COORDINATION_WORKSPACE } from './workspace/landing';

export const DEPARTMENTS_MENU = 'Dalad::Menu:Departments';

/**
 * Adds a feature's menu entries at start. Each entry carries the permission it needs (`requiredPolicy`): ABP's
 * RoutesService hides an entry unless `auth.grantedPolicies` grants it. Every feature calls this from its own
 * `provideXFeature()` (see app.features.ts); the identity pages add their own entries (`provideIdentityConfig`).
 */
export function provideMenu(routes: () => ABP.Route[]): EnvironmentProviders {
  return provideAppInitializer(() => {
    inject(RoutesService).add(routes());
  });
}

/**
 * The departments whose menu entries a user sees: those of the bodies they work in (a clerk of one
 * bureau sees its own department only, although the clerk role may grant several registers and the
 * data scope keeps each to its own body); the joint office sees every granted one. `null` = all.
 */
export function ownDepartmentKeys(entries: readonly WorkspaceEntryDto[]): Set<string> | null {
  if (entries.some(entry => entry.workspace === COORDINATION_WORKSPACE)) {
    return null;
  }
  return new Set(entries.map(entry => entry.workspace));
}

/** The menu entry names of a department (as `departmentMenu` adds them). */
export function departmentMenuNames(department: DepartmentDescription): string[] {
  return department.menu.map(entry => `Dalad::${entry.nameKey}`);
}

/** Hides the department entries that are not the user's own (the permission still decides the rest). */
export function applyOwnDepartments(
  routes: RoutesService,
  departments: readonly DepartmentDescription[],
  own: Set<string> | null,
): void {
  for (const department of departments) {
    for (const name of departmentMenuNames(department)) {
      routes.patch(name, { invisible: own !== null && !own.has(department.key) });
    }
  }
  const none = departments.length === 0 || (own !== null && !departments.some(d => own.has(d.key)));
  routes.patch(DEPARTMENTS_MENU, { invisible: none });
}
