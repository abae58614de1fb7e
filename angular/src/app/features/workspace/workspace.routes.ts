import { Routes } from '@angular/router';
import { bodyMemberGuard, pickerGuard, workspaceEntryResolver } from '../../core/workspace/workspace.guards';
import { WorkspacePage } from './workspace-page';
import { WorkspacePicker } from './workspace-picker';

/** `/workspace`: the picker; `/workspace/:bodyCode`: that body's workspace. */
export const WORKSPACE_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [pickerGuard],
    component: WorkspacePicker,
    title: 'Dalad::Workspace:Picker:Title',
  },
  {
    path: ':bodyCode',
    canActivate: [bodyMemberGuard],
    resolve: { entry: workspaceEntryResolver },
    component: WorkspacePage,
    title: 'Dalad::Menu:Workspace',
  },
];
