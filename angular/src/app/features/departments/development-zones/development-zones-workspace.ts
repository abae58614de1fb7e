import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { BodyOverview } from '../../../shared/body-overview/body-overview';
import { PageHeader } from '../../../shared/page-header/page-header';

/**
 * The DevelopmentZones plugin's page: its area root at `/departments/development-zones`, and the workspace of a body
 * that has this plugin (`/workspace/:bodyCode`, with `entry` set).
 */
@Component({
  selector: 'dalad-development-zones-workspace',
  imports: [PageHeader, BodyOverview],
  templateUrl: './development-zones-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevelopmentZonesWorkspace {
  readonly entry = input<WorkspaceEntryDto>();
}
