import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { BodyOverview } from '../../../shared/body-overview/body-overview';
import { PageHeader } from '../../../shared/page-header/page-header';

/**
 * The Housing plugin's page: its area root at `/departments/housing`, and the workspace of a body
 * that has this plugin (`/workspace/:bodyCode`, with `entry` set).
 */
@Component({
  selector: 'dalad-housing-workspace',
  imports: [PageHeader, BodyOverview],
  templateUrl: './housing-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HousingWorkspace {
  readonly entry = input<WorkspaceEntryDto>();
}
