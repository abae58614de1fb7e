import { permissionGuard } from '@abp/ng.core';
import { Route, Routes } from '@angular/router';
import { FORBIDDEN_URL } from '../shell/forbidden-handler';
import { MANAGE_PERMISSION } from './shared/permissions';
import { MatrixAsOf } from './as-of/matrix-as-of';
import { BodyDetail } from './bodies/body-detail';
import { BodyList } from './bodies/body-list';
import { MatrixHistory } from './history/matrix-history';
import { ResponsibilityShell } from './responsibility-shell';
import { TerritoryList } from './territories/territory-list';
import { DutyList } from './duties/duty-list';
import { DefinitionEditor } from './departments/definition-editor';
import { DefinitionList } from './departments/definition-list';
import { KeywordSuggestionList } from './suggestions/keyword-suggestions';

/**
 * Lazy area of the responsibility module (guarded by `Dalad.Responsibility` in app.routes): bodies
 * and their scope, territories, the department modules (definitions), the keywords the dispatchers' corrections suggest, the change history and the matrix as of a date. Changing anything
 * needs `Dalad.Responsibility.Manage`; the pages hide the actions without it.
 */
/** A page of the matrix managers' only (so is its API): the department definitions, the keyword suggestions. */
function managed(path: string, component: Route['component'], title = 'Dalad::Responsibility:Tabs:Departments'): Route {
  return {
    path,
    component,
    title,
    canActivate: [permissionGuard],
    data: { requiredPolicy: MANAGE_PERMISSION, redirectUrl: FORBIDDEN_URL },
  };
}

export const RESPONSIBILITY_ROUTES: Routes = [
  {
    path: '',
    component: ResponsibilityShell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'bodies' },
      { path: 'bodies', component: BodyList, title: 'Dalad::Responsibility:Tabs:Bodies' },
      { path: 'bodies/:code', component: BodyDetail, title: 'Dalad::Responsibility:Tabs:Bodies' },
      { path: 'territories', component: TerritoryList, title: 'Dalad::Responsibility:Tabs:Territories' },
      { path: 'duties', component: DutyList, title: 'Dalad::Responsibility:Tabs:Duties' },
      managed('departments', DefinitionList),
      managed('departments/new', DefinitionEditor),
      managed('departments/:key', DefinitionEditor),
      managed('suggestions', KeywordSuggestionList, 'Dalad::Responsibility:Tabs:Suggestions'),
      { path: 'history', component: MatrixHistory, title: 'Dalad::Responsibility:Tabs:History' },
      { path: 'as-of', component: MatrixAsOf, title: 'Dalad::Responsibility:Tabs:AsOf' },
    ],
  },
];
