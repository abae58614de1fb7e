import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, input, signal, Type } from '@angular/core';
import { workspaceView } from '../../core/workspace/landing';
import { WorkspaceEntryDto } from '../../proxy/workspaces';
import { Loading } from '../../shared/loading/loading';
import { GenericWorkspace } from './generic-workspace';
import { JointOfficeOverview } from './joint-office-overview';

/**
 * `/workspace/:bodyCode`: opens the workspace the body has — the joint office's overview,
 * its department plugin's workspace (loaded from the plugin's lazy chunk), or the generic one.
 */
@Component({
  selector: 'dalad-workspace-page',
  imports: [NgComponentOutlet, GenericWorkspace, JointOfficeOverview, Loading],
  templateUrl: './workspace-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkspacePage {
  /** Bound from the route's resolver. */
  readonly entry = input.required<WorkspaceEntryDto>();
  protected readonly view = computed(() => workspaceView(this.entry()));
  protected readonly departmentWorkspace = signal<Type<unknown> | null>(null);

  constructor() {
    effect(onCleanup => {
      const view = this.view();
      this.departmentWorkspace.set(null);
      if (view.type !== 'department') {
        return;
      }
      let active = true;
      onCleanup(() => (active = false));
      view.plugin.loadWorkspace().then(component => {
        if (active) {
          this.departmentWorkspace.set(component);
        }
      });
    });
  }
}
