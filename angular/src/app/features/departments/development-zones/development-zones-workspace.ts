import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { CaseTodo } from '../../cases/shared/case-todo';
import { PageHeader } from '../../../shared/page-header/page-header';
import { RegisterPage } from '../shared/register-page/register-page';

/**
 * The DevelopmentZones plugin's page: its area root at `/departments/development-zones`, and the workspace of a body
 * that has this plugin (`/workspace/:bodyCode`, with `entry` set). Both show the plugin's register,
 * the workspace with the body's to-do list above it.
 */
@Component({
  selector: 'dalad-development-zones-workspace',
  imports: [PageHeader, CaseTodo, RegisterPage],
  templateUrl: './development-zones-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevelopmentZonesWorkspace {
  readonly entry = input<WorkspaceEntryDto>();
}
