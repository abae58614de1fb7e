import { IDENTITY_PAGE_OPTIONS } from './core/identity-pages';
import { authGuard, permissionGuard } from '@abp/ng.core';
import { Route, Routes } from '@angular/router';
import { landingGuard } from './core/workspace/workspace.guards';
import { CALENDAR_POLICY } from './features/calendar/calendar.feature';
import { CASES_POLICY } from './features/cases/cases.feature';
import { INTAKE_POLICY } from './features/intake/intake.feature';
import { OVERSIGHT_POLICY } from './features/oversight/oversight.feature';
import { PROJECTS_POLICY, WARNINGS_POLICY } from './features/projects/projects.feature';
import { RESPONSIBILITY_POLICY } from './features/responsibility/responsibility.feature';
import { SEARCH_POLICY } from './features/search/search.feature';
import { PublicQuery } from './features/public-query/public-query';
import { PublicDraws } from './features/public-draws/public-draws';
import { PublicDisclosures } from './features/public-disclosures/public-disclosures';
import { ErrorPage } from './features/shell/error-page';
import { FORBIDDEN_URL } from './features/shell/forbidden-handler';

function area(path: string, requiredPolicy: string, loadChildren: Route['loadChildren']): Route {
  // A refused area opens our 403 page inside the layout (ABP's guard would show its bare full-screen "[403]").
  return { path, canActivate: [authGuard, permissionGuard], data: { requiredPolicy, redirectUrl: FORBIDDEN_URL }, loadChildren };
}

/**
 * One lazy area per back-end module, and one for every department. Every area needs a signed-in
 * user; `permissionGuard` checks the area's permission against `auth.grantedPolicies`.
 */
export const APP_ROUTES: Routes = [
  // After login: the body's workspace, or the picker.
  { path: '', pathMatch: 'full', canActivate: [authGuard, landingGuard], children: [] },
  {
    path: 'workspace',
    canActivate: [authGuard],
    loadChildren: () => import('./features/workspace/workspace.routes').then(m => m.WORKSPACE_ROUTES),
  },
  area('responsibility', RESPONSIBILITY_POLICY, () =>
    import('./features/responsibility/responsibility.routes').then(m => m.RESPONSIBILITY_ROUTES),
  ),
  area('cases', CASES_POLICY, () => import('./features/cases/cases.routes').then(m => m.CASES_ROUTES)),
  area('intake', INTAKE_POLICY, () => import('./features/intake/intake.routes').then(m => m.INTAKE_ROUTES)),
  area('search', SEARCH_POLICY, () => import('./features/search/search.routes').then(m => m.SEARCH_ROUTES)),
  area('calendar', CALENDAR_POLICY, () =>
    import('./features/calendar/calendar.routes').then(m => m.CALENDAR_ROUTES),
  ),
  area('projects', PROJECTS_POLICY, () =>
    import('./features/projects/projects.routes').then(m => m.PROJECTS_ROUTES),
  ),
  area('warnings', WARNINGS_POLICY, () =>
    import('./features/projects/warnings.routes').then(m => m.WARNINGS_ROUTES),
  ),
  area('oversight', OVERSIGHT_POLICY, () =>
    import('./features/oversight/oversight.routes').then(m => m.OVERSIGHT_ROUTES),
  ),
  // Enforcement and credit: no single permission for the area, each page checks its own (enforcement.routes.ts).
  {
    path: 'enforcement',
    canActivate: [authGuard],
    loadChildren: () => import('./features/enforcement/enforcement.routes').then(m => m.ENFORCEMENT_ROUTES),
  },
  // One generic area draws every department the server describes (its guard checks the department's own policy).
  {
    path: 'departments',
    canActivate: [authGuard],
    loadChildren: () => import('./features/departments/departments.routes').then(m => m.DEPARTMENTS_ROUTES),
  },
  // ABP's identity pages (users, roles, permission dialog), with flexible list columns.
  {
    path: 'identity',
    loadChildren: () => import('@abp/ng.identity').then(m => m.createRoutes(IDENTITY_PAGE_OPTIONS)),
  },
  // Every signed-in user's own profile and password (the user menu's profile and change-password entries).
  {
    path: 'account',
    canActivate: [authGuard],
    loadChildren: () => import('./features/account/account.routes').then(m => m.ACCOUNT_ROUTES),
  },
  // The case status page, the one every SMS to a complainant links to: no sign-in, the empty layout (public-query.feature.ts).
  { path: 'query', component: PublicQuery, title: 'Dalad::PublicQuery:Title' },
  // The random inspections published: no sign-in, the empty layout (public-draws.feature.ts).
  { path: 'draws', component: PublicDraws, title: 'Dalad::PublicDraws:Title' },
  // The quarterly disclosure of serious violations: no sign-in, the empty layout (public-disclosures.feature.ts).
  { path: 'disclosures', component: PublicDisclosures, title: 'Dalad::PublicDisclosures:Title' },
  // 403 and 404 inside the application layout; an unknown address is a 404, not a silent jump home.
  {
    path: FORBIDDEN_URL.slice(1),
    canActivate: [authGuard],
    component: ErrorPage,
    data: { kind: 'forbidden' },
    title: 'Dalad::Shell:Forbidden:Title',
  },
  { path: '**', canActivate: [authGuard], component: ErrorPage, data: { kind: 'not-found' }, title: 'Dalad::Shell:NotFound:Title' },
];
