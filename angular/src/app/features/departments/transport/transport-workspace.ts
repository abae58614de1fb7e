import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { BodyOverview } from '../../../shared/body-overview/body-overview';
import { PageHeader } from '../../../shared/page-header/page-header';

/**
 * The Transport plugin's page: its area root at `/departments/transport`, and the workspace of a body
 * that has this plugin (`/workspace/:bodyCode`, with `entry` set).
 */
@Component({
  selector: 'dalad-transport-workspace',
  imports: [PageHeader, BodyOverview],
  templateUrl: './transport-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransportWorkspace {
  readonly entry = input<WorkspaceEntryDto>();
}
