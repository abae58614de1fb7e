import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Departments } from '../../core/departments';
import { workspaceView } from '../../core/workspace/landing';
import { WorkspaceEntryDto } from '../../proxy/workspaces';
import { DepartmentArea } from '../departments/department-area';
import { GenericWorkspace } from './generic-workspace';
import { JointOfficeOverview } from './joint-office-overview';

/**
 * `/workspace/:bodyCode`: opens the workspace the body has — the joint office's overview, its
 * department's workspace (the generic department area, drawn from the server's description), or
 * the generic one.
 */
@Component({
  selector: 'dalad-workspace-page',
  imports: [DepartmentArea, GenericWorkspace, JointOfficeOverview],
  templateUrl: './workspace-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkspacePage {
  // A department created or changed at run time is drawn as soon as the configuration is refreshed.
  private readonly departments = toSignal(inject(Departments).all$(), { initialValue: [] });

  /** Bound from the route's resolver. */
  readonly entry = input.required<WorkspaceEntryDto>();
  protected readonly view = computed(() => workspaceView(this.entry(), this.departments()));
}
