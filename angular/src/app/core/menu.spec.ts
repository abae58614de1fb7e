import { ABP, RoutesService } from '@abp/ng.core';
import { TestBed } from '@angular/core/testing';
import { FakeConfigState, provideAbpFakes } from '../../testing/abp-fakes';
import { DepartmentDescription } from './departments';
import { departmentsMenu } from '../features/departments/departments.feature';
import { daladMenuRoutes } from '../app.features';
import { applyOwnDepartments, DEPARTMENTS_MENU, ownDepartmentKeys } from './menu';
import { DaladPermissions } from './permissions';

type Node = ABP.Route & { children?: Node[] };

/** Two departments as the server would describe them (any key: the UI knows none). */
function department(key: string): DepartmentDescription {
  const policy = `Dalad.Departments.${key}`;
  return {
    key,
    titleKey: `Departments:${key}:Title`,
    policy,
    managePolicy: `${policy}.Manage`,
    menu: [{ nameKey: `Menu:Departments:${key}:main`, path: '', icon: 'fa fa-folder-open', requiredPolicy: policy }],
    cards: [{ type: 'register' }],
    kinds: [],
  };
}
const DEPARTMENTS = [department('schools'), department('clinics')];
const ALL_DEPARTMENTS = Object.fromEntries(DEPARTMENTS.map(d => [d.policy, true]));

/** The menu ABP's RoutesService shows (what the LeptonX side menu renders) for these grants. */
function visibleMenu(grantedPolicies: Record<string, boolean>, workspaces: string[] = ['coordination']): Node[] {
  const config = new FakeConfigState({
    currentUser: { isAuthenticated: true, id: 'u' },
    auth: { grantedPolicies },
  });
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({ providers: provideAbpFakes(config) });
  const routes = TestBed.inject(RoutesService);
  routes.add(daladMenuRoutes());
  // As the server serves them: only the departments the user may read.
  const served = DEPARTMENTS.filter(d => grantedPolicies[d.policy]);
  routes.add(departmentsMenu(served));
  const entries = workspaces.map(workspace => ({ bodyCode: workspace, bodyName: workspace, kind: 'x', workspace }));
  applyOwnDepartments(routes, served, ownDepartmentKeys(entries as never));
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

  it("shows a department's caseworker the cases inbox and that department only", () => {
    const menu = visibleMenu({ [DaladPermissions.Cases]: true, 'Dalad.Departments.schools': true }, ['schools']);
    expect(paths(menu)).toEqual(['/workspace', '/cases', '/departments/schools']);
    const departments = menu.find(node => node.name === DEPARTMENTS_MENU);
    expect(departments?.children?.map(child => child.name)).toEqual(['Dalad::Menu:Departments:schools:main']);
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
    const all = { ...Object.fromEntries(Object.values(DaladPermissions).map(name => [name, true])), ...ALL_DEPARTMENTS };
    expect(paths(visibleMenu(all))).toEqual([
      '/workspace',
      '/cases',
      '/intake',
      '/search',
      '/calendar',
      '/responsibility',
      '/projects',
      '/warnings',
      '/warnings/rules',
      '/oversight',
      '/departments/schools',
      '/departments/clinics',
    ]);
  });

  it('shows the project supervision group with only the entries granted', () => {
    const menu = visibleMenu({ [DaladPermissions.Warnings]: true });
    expect(paths(menu)).toEqual(['/workspace', '/warnings']);
    expect(menu.find(node => node.name === 'Dalad::Menu:ProjectSupervision')?.children?.map(c => c.name)).toEqual(['Dalad::Menu:Warnings']);
    expect(visibleMenu({}).some(node => node.name === 'Dalad::Menu:ProjectSupervision')).toBe(false);
  });

  it('shows the warning rules only to a holder of Dalad.Warnings.ManageRules', () => {
    const menu = visibleMenu({ [DaladPermissions.Warnings]: true, [DaladPermissions.WarningRules]: true });
    expect(paths(menu)).toEqual(['/workspace', '/warnings', '/warnings/rules']);
    expect(menu.find(node => node.name === 'Dalad::Menu:ProjectSupervision')?.children?.map(c => c.name)).toEqual([
      'Dalad::Menu:Warnings',
      'Dalad::Menu:WarningRules',
    ]);
  });

  it('gives every entry except the workspace a Dalad permission', () => {
    const policies = daladMenuRoutes()
      .filter(route => route.path && route.path !== '/workspace')
      .map(route => route.requiredPolicy);
    expect(policies.every(policy => !!policy && policy.startsWith('Dalad.'))).toBe(true);
  });

  it('shows a clerk whose role grants every register only its own body department', () => {
    const granted = { [DaladPermissions.Cases]: true, ...ALL_DEPARTMENTS };
    expect(paths(visibleMenu(granted, ['clinics']))).toEqual(['/workspace', '/cases', '/departments/clinics']);
    expect(paths(visibleMenu(granted, ['schools']))).toEqual(['/workspace', '/cases', '/departments/schools']);
    // A body without a department of its own: no departments group at all.
    expect(visibleMenu(granted, ['generic']).some(node => node.name === DEPARTMENTS_MENU)).toBe(false);
    // The joint office oversees them all.
    expect(paths(visibleMenu(granted, ['coordination']))).toContain('/departments/clinics');
  });

  it('gives each department entry the policy the server names', () => {
    expect(departmentsMenu(DEPARTMENTS).map(route => [route.path, route.requiredPolicy])).toEqual([
      ['/departments/schools', 'Dalad.Departments.schools'],
      ['/departments/clinics', 'Dalad.Departments.clinics'],
    ]);
  });
});
