import { LocalizationPipe, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable } from 'rxjs';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { BodyDto, WarningDto } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { ProjectsApi } from '../projects-api';
import { labelOf, PROJECTS_PERMISSIONS, SEVERITY_KEYS, WARNING_STATUS_KEYS, WARNING_STATUSES, warningState } from '../projects-labels';

/** The longest note the server keeps (a handling or closing note). */
export const NOTE_MAX_LENGTH = 1000;

type Action = 'handle' | 'close';

/** The warnings of the caller's bodies by body and status, each with its evidence and the actions the user may take. */
@Component({
  selector: 'dalad-warning-list',
  imports: [PageHeader, LocalizationPipe, FormsModule, RouterLink],
  templateUrl: './warning-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WarningList implements OnInit {
  private readonly api = inject(ProjectsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly canHandle = inject(PermissionService).getGrantedPolicy(PROJECTS_PERMISSIONS.handle);
  readonly statuses = WARNING_STATUSES.map(code => ({ code, key: WARNING_STATUS_KEYS[code] }));
  readonly noteMax = NOTE_MAX_LENGTH;

  bodyCode = '';
  status = 'open';
  readonly bodies = signal<BodyDto[]>([]);
  readonly loading = signal(true);
  readonly warnings = signal<WarningDto[]>([]);
  readonly error = signal<{ text?: string; key?: string } | null>(null);

  /** The warning whose note form is open, and which action it is for. */
  readonly acting = signal<{ id: string; action: Action } | null>(null);
  note = '';
  readonly noteMissing = signal(false);
  readonly busy = signal(false);
  readonly actionError = signal<{ id: string; text?: string; key?: string } | null>(null);

  ngOnInit(): void {
    this.api
      .getBodies()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: page => this.bodies.set(page.items), error: () => undefined });
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .getWarnings({ bodyCode: this.bodyCode || null, status: this.status || null })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: warnings => {
          this.loading.set(false);
          this.warnings.set(warnings);
        },
        error: e => {
          this.loading.set(false);
          this.warnings.set([]);
          const text = serverErrorMessage(e);
          this.error.set(text ? { text } : { key: 'Dalad::WarningList:Error' });
        },
      });
  }

  statusKey(status: string): string {
    return labelOf(WARNING_STATUS_KEYS, status);
  }

  severityKey(severity: string): string {
    return labelOf(SEVERITY_KEYS, severity);
  }

  state(status: string): string {
    return warningState(status);
  }

  bodyName(code: string): string {
    return this.bodies().find(b => b.code === code)?.name ?? code;
  }

  start(id: string, action: Action): void {
    this.acting.set({ id, action });
    this.note = '';
    this.noteMissing.set(false);
    this.actionError.set(null);
  }

  cancel(): void {
    this.acting.set(null);
  }

  /** Handles or closes the warning with the note (both need one). */
  confirm(): void {
    const acting = this.acting();
    const note = this.note.trim();
    if (!acting) {
      return;
    }
    if (!note) {
      this.noteMissing.set(true);
      return;
    }
    const call = acting.action === 'handle' ? this.api.handleWarning(acting.id, note) : this.api.closeWarning(acting.id, note);
    this.run(acting.id, call, () => this.acting.set(null));
  }

  toCase(warning: WarningDto): void {
    this.actionError.set(null);
    this.run(
      warning.id,
      this.api.warningToCase(warning.id),
      // The case counts as handling the warning (Warning.BecameCase); it stays in view with its case's link.
      result =>
        this.replace({
          ...warning,
          status: warning.status === 'open' ? 'handled' : warning.status,
          caseId: result.caseId,
          caseNumber: result.caseNumber,
        }),
    );
  }

  private run<T>(id: string, call: Observable<T>, done: (result: T) => void): void {
    this.busy.set(true);
    call.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: result => {
        this.busy.set(false);
        if (result && typeof result === 'object' && 'status' in result) {
          this.replace(result as unknown as WarningDto);
        }
        done(result);
      },
      error: e => {
        this.busy.set(false);
        const text = serverErrorMessage(e);
        this.actionError.set(text ? { id, text } : { id, key: 'Dalad::WarningList:ActionError' });
      },
    });
  }

  private replace(warning: WarningDto): void {
    this.warnings.update(list => list.map(w => (w.id === warning.id ? warning : w)));
  }
}
