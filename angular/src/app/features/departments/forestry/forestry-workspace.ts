import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { CaseTodo } from '../../cases/shared/case-todo';
import { PageHeader } from '../../../shared/page-header/page-header';
import { RegisterPage } from '../shared/register-page/register-page';

/**
 * The Forestry plugin's page: its area root at `/departments/forestry`, and the workspace of a body
 * that has this plugin (`/workspace/:bodyCode`, with `entry` set). Both show the plugin's register,
 * the workspace with the body's to-do list above it.
 */
@Component({
  selector: 'dalad-forestry-workspace',
  imports: [PageHeader, CaseTodo, RegisterPage],
  templateUrl: './forestry-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForestryWorkspace {
  readonly entry = input<WorkspaceEntryDto>();
}
