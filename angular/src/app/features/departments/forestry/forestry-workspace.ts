import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { BodyOverview } from '../../../shared/body-overview/body-overview';
import { PageHeader } from '../../../shared/page-header/page-header';

/**
 * The Forestry plugin's page: its area root at `/departments/forestry`, and the workspace of a body
 * that has this plugin (`/workspace/:bodyCode`, with `entry` set).
 */
@Component({
  selector: 'dalad-forestry-workspace',
  imports: [PageHeader, BodyOverview],
  templateUrl: './forestry-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForestryWorkspace {
  readonly entry = input<WorkspaceEntryDto>();
}
