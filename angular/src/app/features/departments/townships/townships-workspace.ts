import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { BodyOverview } from '../../../shared/body-overview/body-overview';
import { PageHeader } from '../../../shared/page-header/page-header';

/**
 * The Townships plugin's page: its area root at `/departments/townships`, and the workspace of a body
 * that has this plugin (`/workspace/:bodyCode`, with `entry` set).
 */
@Component({
  selector: 'dalad-townships-workspace',
  imports: [PageHeader, BodyOverview],
  templateUrl: './townships-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TownshipsWorkspace {
  readonly entry = input<WorkspaceEntryDto>();
}
