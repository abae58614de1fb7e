import { ABP, RoutesService } from '@abp/ng.core';
import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';

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
