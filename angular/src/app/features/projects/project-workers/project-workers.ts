import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, OnInit, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Observable } from 'rxjs';
import type { WorkerDto, WorkerMonthDto } from '../../../proxy/generated/models';
import { controlProblems, FieldProblem, FormSummary, SummaryField } from '../../../shared/form-summary/form-summary';
import { serverErrorMessage } from '../../../shared/server-error';
import { ProjectsApi } from '../projects-api';

/** GB 11643: 17 digits and a check character (digit or X). The server checks the check character. */
export const ID_NUMBER_PATTERN = /^\d{17}[\dXx]$/;

const WORKER_FIELDS: SummaryField[] = [
  { name: 'name', id: 'worker-name', labelKey: 'Dalad::ProjectWorkers:Name' },
  { name: 'idNumber', id: 'worker-id-number', labelKey: 'Dalad::ProjectWorkers:IdNumber' },
  { name: 'team', id: 'worker-team', labelKey: 'Dalad::ProjectWorkers:Team' },
  { name: 'subcontractor', id: 'worker-subcontractor', labelKey: 'Dalad::ProjectWorkers:Subcontractor' },
];

type Message = { text?: string; key?: string; args?: string[] } | null;

/**
 * Real-name work on a project page: its workers (identity numbers masked), the attendance file and the bank's payment
 * file (.csv or .xlsx, all or nothing, each bad row named), and pay against attendance per worker and month.
 */
@Component({
  selector: 'dalad-project-workers',
  imports: [LocalizationPipe, ReactiveFormsModule, FormSummary],
  templateUrl: './project-workers.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectWorkers implements OnInit {
  private readonly api = inject(ProjectsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly projectId = input.required<string>();
  readonly canManage = input(false);
  /** After an import: the warnings may have changed. */
  readonly changed = output<void>();

  readonly workers = signal<WorkerDto[]>([]);
  readonly months = signal<WorkerMonthDto[]>([]);
  readonly loadError = signal<Message>(null);

  readonly adding = signal(false);
  readonly problems = signal<FieldProblem[]>([]);
  readonly workerError = signal<Message>(null);
  readonly workerForm = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(64)] }),
    idNumber: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(ID_NUMBER_PATTERN)] }),
    team: new FormControl('', { nonNullable: true, validators: Validators.maxLength(64) }),
    subcontractor: new FormControl('', { nonNullable: true, validators: Validators.maxLength(200) }),
  });

  readonly attendanceFile = signal<File | null>(null);
  readonly attendanceResult = signal<Message>(null);
  readonly attendanceError = signal<Message>(null);
  readonly payFile = signal<File | null>(null);
  readonly payMonth = new FormControl('', { nonNullable: true });
  readonly payResult = signal<Message>(null);
  readonly payError = signal<Message>(null);
  readonly busy = signal(false);

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    const id = this.projectId();
    this.api
      .getWorkers(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: w => this.workers.set(w), error: e => this.loadError.set(message(e, 'Dalad::ProjectWorkers:LoadError')) });
    this.api
      .getPayAgainstAttendance(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: m => this.months.set(m), error: e => this.loadError.set(message(e, 'Dalad::ProjectWorkers:LoadError')) });
  }

  /** A month where fewer days were paid than worked. */
  short(m: WorkerMonthDto): boolean {
    return m.daysPaid < m.daysWorked;
  }

  addWorker(): void {
    if (this.workerForm.invalid) {
      this.workerForm.markAllAsTouched();
      this.problems.set(controlProblems(WORKER_FIELDS, this.workerForm.controls));
      return;
    }
    this.problems.set([]);
    this.workerError.set(null);
    const v = this.workerForm.getRawValue();
    const text = (s: string) => s.trim() || null;
    this.busy.set(true);
    this.api
      .addWorker(this.projectId(), { name: v.name.trim(), idNumber: v.idNumber.trim().toUpperCase(), team: text(v.team), subcontractor: text(v.subcontractor) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: worker => {
          this.busy.set(false);
          this.workers.update(list => [...list, worker].sort((a, b) => a.name.localeCompare(b.name)));
          this.workerForm.reset();
          this.adding.set(false);
        },
        error: e => {
          this.busy.set(false);
          this.workerError.set(message(e, 'Dalad::ProjectList:SaveError'));
        },
      });
  }

  picked(event: Event, target: 'attendance' | 'pay'): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    (target === 'attendance' ? this.attendanceFile : this.payFile).set(file);
  }

  importAttendance(): void {
    const file = this.attendanceFile();
    this.attendanceResult.set(null);
    if (!file) {
      this.attendanceError.set({ key: 'Dalad::ProjectWorkers:ChooseFile' });
      return;
    }
    this.run(this.api.importAttendanceFile(this.projectId(), file), this.attendanceError, r => {
      this.attendanceResult.set({ key: 'Dalad::ProjectWorkers:AttendanceImported', args: [String(r.imported), String(r.duplicates)] });
    });
  }

  importPay(): void {
    const file = this.payFile();
    const month = this.payMonth.value;
    this.payResult.set(null);
    if (!month || !file) {
      this.payError.set({ key: month ? 'Dalad::ProjectWorkers:ChooseFile' : 'Dalad::ProjectWorkers:ChooseMonth' });
      return;
    }
    this.run(this.api.importPaymentFile(this.projectId(), month, file), this.payError, r => {
      this.payResult.set({ key: 'Dalad::ProjectWorkers:PayImported', args: [String(r.recorded), month] });
    });
  }

  private run<T>(request: Observable<T>, error: typeof this.payError, done: (result: T) => void): void {
    error.set(null);
    this.busy.set(true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: result => {
        this.busy.set(false);
        done(result);
        this.load();
        this.changed.emit();
      },
      error: e => {
        this.busy.set(false);
        error.set(message(e, 'Dalad::ProjectWorkers:ImportError'));
      },
    });
  }
}

function message(e: unknown, fallback: string): Message {
  const text = serverErrorMessage(e);
  return text ? { text } : { key: fallback };
}
