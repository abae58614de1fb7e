import { ABP, RoutesService } from '@abp/ng.core';
import { TestBed } from '@angular/core/testing';
import { FakeConfigState, provideAbpFakes } from '../../testing/abp-fakes';
import { DEPARTMENT_PLUGINS } from './departments';
import { daladMenuRoutes } from '../app.features';
import { DEPARTMENTS_MENU } from './menu';
import { DaladPermissions } from './permissions';

type Node = ABP.Route & { children?: Node[] };

/** The menu ABP's RoutesService shows (what the LeptonX side menu renders) for these grants. */
function visibleMenu(grantedPolicies: Record<string, boolean>): Node[] {
  const config = new FakeConfigState({
    currentUser: { isAuthenticated: true, id: 'u' },
    auth: { grantedPolicies },
  });
  TestBed.configureTestingModule({ providers: provideAbpFakes(config) });
  const routes = TestBed.inject(RoutesService);
  routes.add(daladMenuRoutes());
  return routes.visible as Node[];
}

function paths(nodes: Node[]): string[] {
  return nodes.flatMap(node => [
    ...(node.path ? [node.path] : []),
    ...paths(node.children ?? []),
  ]);
}

describe('menu visibility by auth.grantedPolicies', () => {
  it('shows only the workspace to a user without permissions', () => {
    expect(paths(visibleMenu({}))).toEqual(['/workspace']);
  });

  it('shows a housing caseworker the cases inbox and the housing plugin only', () => {
    const menu = visibleMenu({ [DaladPermissions.Cases]: true, [DaladPermissions.Housing]: true });
    expect(paths(menu)).toEqual(['/workspace', '/cases', '/departments/housing']);
    const departments = menu.find(node => node.name === DEPARTMENTS_MENU);
    expect(departments?.children?.map(child => child.name)).toEqual(['Dalad::Menu:Departments:Housing']);
  });

  it('hides the departments group when no plugin is granted', () => {
    const menu = visibleMenu({ [DaladPermissions.Search]: true });
    expect(menu.some(node => node.name === DEPARTMENTS_MENU)).toBe(false);
    expect(paths(menu)).toEqual(['/workspace', '/search']);
  });

  it('treats a permission granted as false like a missing one', () => {
    expect(paths(visibleMenu({ [DaladPermissions.Calendar]: false }))).toEqual(['/workspace']);
  });

  it('shows everything to a user who has every permission', () => {
    const all = Object.fromEntries(Object.values(DaladPermissions).map(name => [name, true]));
    expect(paths(visibleMenu(all))).toEqual([
      '/workspace',
      '/cases',
      '/intake',
      '/search',
      '/calendar',
      '/responsibility',
      ...DEPARTMENT_PLUGINS.map(plugin => `/departments/${plugin.key}`),
    ]);
  });

  it('gives every entry except the workspace a Dalad permission', () => {
    const policies = daladMenuRoutes()
      .filter(route => route.path && route.path !== '/workspace')
      .map(route => route.requiredPolicy);
    expect(policies.every(policy => !!policy && policy.startsWith('Dalad.'))).toBe(true);
  });
});
