import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { BodyOverview } from '../../../shared/body-overview/body-overview';
import { PageHeader } from '../../../shared/page-header/page-header';

/**
 * The Water plugin's page: its area root at `/departments/water`, and the workspace of a body
 * that has this plugin (`/workspace/:bodyCode`, with `entry` set).
 */
@Component({
  selector: 'dalad-water-workspace',
  imports: [PageHeader, BodyOverview],
  templateUrl: './water-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WaterWorkspace {
  readonly entry = input<WorkspaceEntryDto>();
}
