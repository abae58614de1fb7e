import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { PageHeader } from '../../../shared/page-header/page-header';
import { RegisterPage } from '../shared/register-page/register-page';

/**
 * The Water plugin's page: its area root at `/departments/water`, and the workspace of a body
 * that has this plugin (`/workspace/:bodyCode`, with `entry` set). Both show the plugin's register.
 */
@Component({
  selector: 'dalad-water-workspace',
  imports: [PageHeader, RegisterPage],
  templateUrl: './water-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WaterWorkspace {
  readonly entry = input<WorkspaceEntryDto>();
}
