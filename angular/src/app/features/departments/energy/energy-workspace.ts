import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { BodyOverview } from '../../../shared/body-overview/body-overview';
import { PageHeader } from '../../../shared/page-header/page-header';

/**
 * The Energy plugin's page: its area root at `/departments/energy`, and the workspace of a body
 * that has this plugin (`/workspace/:bodyCode`, with `entry` set).
 */
@Component({
  selector: 'dalad-energy-workspace',
  imports: [PageHeader, BodyOverview],
  templateUrl: './energy-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EnergyWorkspace {
  readonly entry = input<WorkspaceEntryDto>();
}
