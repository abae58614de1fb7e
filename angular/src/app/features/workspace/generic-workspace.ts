import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WorkspaceEntryDto } from '../../proxy/workspaces';
import { BodyOverview } from './body-overview/body-overview';
import { PageHeader } from '../../shared/page-header/page-header';

/** The workspace of a body without a department plugin (e.g. a body created at run time). */
@Component({
  selector: 'dalad-generic-workspace',
  imports: [PageHeader, BodyOverview],
  templateUrl: './generic-workspace.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GenericWorkspace {
  readonly entry = input.required<WorkspaceEntryDto>();
}
