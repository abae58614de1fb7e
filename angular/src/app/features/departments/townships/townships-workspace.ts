import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { PageHeader } from '../../../shared/page-header/page-header';
import { RegisterPage } from '../shared/register-page/register-page';

/**
 * The Townships plugin's page: its area root at `/departments/townships`, and the workspace of a body
 * that has this plugin (`/workspace/:bodyCode`, with `entry` set). Both show the plugin's register.
 */
@Component({
  selector: 'dalad-townships-workspace',
  imports: [PageHeader, RegisterPage],
  templateUrl: './townships-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TownshipsWorkspace {
  readonly entry = input<WorkspaceEntryDto>();
}
