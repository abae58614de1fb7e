import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
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
  private readonly destroyRef = inject(DestroyRef);
  protected readonly remembered = this.context.remembered();
  protected readonly bodyKindText = bodyKindText;
  /** The user's bodies could not be loaded (instead of waiting for them forever). */
  protected readonly failed = signal(false);
  /** "You belong to several bodies…" only when that is the case. */
  protected readonly description = computed(() =>
    (this.context.entries()?.length ?? 0) > 1 ? 'Dalad::Workspace:Picker:Description' : undefined,
  );

  constructor() {
    this.load();
  }

  load(): void {
    this.failed.set(false);
    this.context
      .load()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ error: () => this.failed.set(true) });
  }

  open(entry: WorkspaceEntryDto): void {
    this.context.select(entry);
    this.router.navigate([WORKSPACE_PATH, entry.bodyCode]);
  }
}
