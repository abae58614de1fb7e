import { ABP, RoutesService } from '@abp/ng.core';
import { TestBed } from '@angular/core/testing';
import { FakeConfigState, provideAbpFakes } from '../../testing/abp-fakes';
import { DEPARTMENT_PLUGINS } from './departments';
import { daladMenuRoutes } from '../app.features';
import { applyOwnDepartments, DEPARTMENTS_MENU, ownDepartmentKeys } from './menu';
import { DaladPermissions } from './permissions';

type Node = ABP.Route & { children?: Node[] };

/** The menu ABP's RoutesService shows (what the LeptonX side menu renders) for these grants. */
function visibleMenu(grantedPolicies: Record<string, boolean>, workspaces?: string[]): Node[] {
  const config = new FakeConfigState({
    currentUser: { isAuthenticated: true, id: 'u' },
    auth: { grantedPolicies },
  });
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: provideAbpFakes(config) });
  const routes = TestBed.inject(RoutesService);
  routes.add(daladMenuRoutes());
  if (workspaces) {
    const entries = workspaces.map(workspace => ({ bodyCode: workspace, bodyName: workspace, kind: 'x', workspace }));
    applyOwnDepartments(routes, ownDepartmentKeys(entries as never));
  }
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

  it('shows a clerk whose role grants every register only its own body department', () => {
    const registers = Object.fromEntries(DEPARTMENT_PLUGINS.map(plugin => [plugin.policy, true]));
    const granted = { [DaladPermissions.Cases]: true, ...registers };
    expect(paths(visibleMenu(granted, ['townships']))).toEqual(['/workspace', '/cases', '/departments/townships']);
    expect(paths(visibleMenu(granted, ['housing']))).toEqual(['/workspace', '/cases', '/departments/housing']);
    // A body without a plugin of its own: no departments group at all.
    expect(visibleMenu(granted, ['generic']).some(node => node.name === DEPARTMENTS_MENU)).toBe(false);
    // The joint office oversees them all.
    expect(paths(visibleMenu(granted, ['coordination']))).toContain('/departments/water');
  });
});
