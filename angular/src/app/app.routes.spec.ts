import { Route } from '@angular/router';
import { APP_ROUTES } from './app.routes';
import { daladMenuRoutes } from './app.features';
import { DaladPermissions } from './core/permissions';

function route(path: string): Route {
  const found = APP_ROUTES.find(r => r.path === path);
  if (!found) {
    throw new Error(`no route ${path}`);
  }
  return found;
}

describe('app routes', () => {
  it.each([
    ['responsibility', DaladPermissions.Responsibility],
    ['cases', DaladPermissions.Cases],
    ['intake', DaladPermissions.Leads],
    ['search', DaladPermissions.Search],
    ['calendar', DaladPermissions.Calendar],
  ])('%s is a lazy area guarded by %s', (path, policy) => {
    const area = route(path);
    expect(area.loadChildren).toBeTypeOf('function');
    expect(area.data?.['requiredPolicy']).toBe(policy);
    expect(area.canActivate?.length).toBe(2);
  });

  it('has the menu entry of each area point at a route', () => {
    const routePaths = APP_ROUTES.map(r => `/${r.path}`);
    // An entry may open a page inside an area (/intake/statistics): its area must be a route.
    for (const entry of daladMenuRoutes().filter(e => e.path)) {
      expect(routePaths).toContain('/' + entry.path!.split('/')[1]);
    }
  });

  it('loads every feature area', async () => {
    for (const r of APP_ROUTES.filter(r => r.loadChildren && r.path !== 'identity')) {
      const children = await (r.loadChildren as () => Promise<Route[]>)();
      expect(children.length, r.path).toBeGreaterThan(0);
    }
    // Compiling every lazy area takes seconds on a busy 2-core machine.
  }, 30_000);

  it('has one department area for every department, guarded by sign-in (each department by its own policy)', () => {
    const area = route('departments');
    expect(area.loadChildren).toBeTypeOf('function');
    expect(area.canActivate?.length).toBe(1);
  });
});
