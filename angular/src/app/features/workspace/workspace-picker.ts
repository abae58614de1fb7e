import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Router } from '@angular/router';
import { WORKSPACE_PATH } from '../../core/workspace/landing';
import { WorkspaceContext } from '../../core/workspace/workspace-context';
import { WorkspaceEntryDto } from '../../proxy/workspaces';
import { bodyKindText } from '../../shared/body-kind';
import { Loading } from '../../shared/loading/loading';
import { PageHeader } from '../../shared/page-header/page-header';

/** A member of several bodies chooses the one to work in; the choice is remembered. */
@Component({
  selector: 'dalad-workspace-picker',
  imports: [LocalizationPipe, PageHeader, Loading],
  templateUrl: './workspace-picker.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkspacePicker {
  protected readonly context = inject(WorkspaceContext);
  private readonly router = inject(Router);
  protected readonly remembered = this.context.remembered();
  protected readonly bodyKindText = bodyKindText;

  open(entry: WorkspaceEntryDto): void {
    this.context.select(entry);
    this.router.navigate([WORKSPACE_PATH, entry.bodyCode]);
  }
}
