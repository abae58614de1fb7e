import { ABP, RoutesService } from '@abp/ng.core';
import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { WorkspaceEntryDto } from '../proxy/workspaces';
import { DEPARTMENT_PLUGINS } from './departments';
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
 * The department plugins whose menu entry a user sees: those of the bodies they work in (a clerk of
 * the housing bureau sees housing only, although the clerk role grants every register and the data
 * scope keeps each to its own body); the joint office sees every granted one. `null` = all.
 */
export function ownDepartmentKeys(entries: readonly WorkspaceEntryDto[]): Set<string> | null {
  if (entries.some(entry => entry.workspace === COORDINATION_WORKSPACE)) {
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
