import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { ChecklistItemDto, ProjectDetailDto, ProjectTypeDto } from '../../../proxy/generated/models';
import { controlProblems, FieldProblem, FormSummary, SummaryField } from '../../../shared/form-summary/form-summary';
import { serverErrorMessage } from '../../../shared/server-error';
import { PROJECT_LIMITS } from '../project-limits';
import { ProjectsApi } from '../projects-api';

const ADVANCE_FIELDS: SummaryField[] = [
  { name: 'date', id: 'advance-date', labelKey: 'Dalad::ProjectSupervision:AdvanceDate' },
  { name: 'amount', id: 'advance-amount', labelKey: 'Dalad::ProjectSupervision:AdvanceAmount' },
  { name: 'contractor', id: 'advance-contractor', labelKey: 'Dalad::ProjectSupervision:AdvanceContractor' },
  { name: 'remarks', id: 'advance-remarks', labelKey: 'Dalad::ProjectSupervision:Remarks' },
];

const INSPECTION_FIELDS: SummaryField[] = [
  { name: 'date', id: 'inspection-date', labelKey: 'Dalad::ProjectSupervision:InspectionDate' },
  { name: 'inspector', id: 'inspection-inspector', labelKey: 'Dalad::ProjectSupervision:Inspector' },
  { name: 'findings', id: 'inspection-findings', labelKey: 'Dalad::ProjectSupervision:Findings' },
];

type Message = { text?: string; key?: string } | null;

function checkItem(item: ChecklistItemDto) {
  return new FormGroup({
    item: new FormControl(item.key, { nonNullable: true }),
    name: new FormControl(item.name, { nonNullable: true }),
    passed: new FormControl(true, { nonNullable: true }),
    remarks: new FormControl('', { nonNullable: true, validators: Validators.maxLength(500) }),
  });
}

/** Contractor advances and the monthly on-site inspections with the checklist of the project's type. */
@Component({
  selector: 'dalad-project-supervision',
  imports: [LocalizationPipe, ReactiveFormsModule, FormSummary],
  templateUrl: './project-supervision.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectSupervision {
  private readonly api = inject(ProjectsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly project = input.required<ProjectDetailDto>();
  readonly canManage = input(false);
  readonly saved = output<ProjectDetailDto>();

  readonly form = signal<'advance' | 'inspection' | null>(null);
  readonly busy = signal(false);
  readonly problems = signal<FieldProblem[]>([]);
  readonly error = signal<Message>(null);
  private readonly types = signal<ProjectTypeDto[]>([]);
  readonly checklist = computed(() => this.types().find(t => t.code === this.project().typeCode)?.checklist ?? []);

  readonly advanceForm = new FormGroup({
    date: new FormControl('', { nonNullable: true, validators: Validators.required }),
    amount: new FormControl<number | null>(null, { validators: [Validators.required, Validators.min(0.01)] }),
    contractor: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROJECT_LIMITS.party)] }),
    remarks: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROJECT_LIMITS.text) }),
  });

  readonly inspectionForm = new FormGroup({
    date: new FormControl('', { nonNullable: true, validators: Validators.required }),
    inspector: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(64)] }),
    findings: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROJECT_LIMITS.text) }),
    items: new FormArray<ReturnType<typeof checkItem>>([]),
  });

  countPassed(items: readonly { passed: boolean }[]): number {
    return items.filter(i => i.passed).length;
  }

  open(kind: 'advance' | 'inspection'): void {
    this.problems.set([]);
    this.error.set(null);
    this.form.set(kind);
    if (kind === 'inspection') {
      if (this.types().length) {
        this.resetChecklist();
      } else {
        this.api
          .getProjectTypes()
          .pipe(takeUntilDestroyed(this.destroyRef))
          .subscribe({
            next: t => {
              this.types.set(t);
              this.resetChecklist();
            },
            error: e => this.error.set(message(e)),
          });
      }
    }
  }

  close(): void {
    this.form.set(null);
    this.problems.set([]);
    this.advanceForm.reset();
    this.inspectionForm.reset();
  }

  saveAdvance(): void {
    if (this.advanceForm.invalid) {
      this.advanceForm.markAllAsTouched();
      this.problems.set(controlProblems(ADVANCE_FIELDS, this.advanceForm.controls));
      return;
    }
    const v = this.advanceForm.getRawValue();
    this.submit(this.api.addAdvance(this.project().id, { date: v.date, amount: v.amount, contractor: v.contractor.trim(), remarks: v.remarks.trim() || null }));
  }

  saveInspection(): void {
    if (this.inspectionForm.invalid) {
      this.inspectionForm.markAllAsTouched();
      this.problems.set(controlProblems(INSPECTION_FIELDS, this.inspectionForm.controls));
      return;
    }
    const v = this.inspectionForm.getRawValue();
    this.submit(
      this.api.addInspection(this.project().id, {
        date: v.date,
        inspector: v.inspector.trim(),
        findings: v.findings.trim() || null,
        checklist: v.items.map(i => ({ item: i.item, passed: i.passed, remarks: i.remarks.trim() || null })),
      }),
    );
  }

  private resetChecklist(): void {
    const items = this.inspectionForm.controls.items;
    items.clear();
    for (const item of this.checklist()) {
      items.push(checkItem(item));
    }
  }

  private submit(request: ReturnType<ProjectsApi['addAdvance']>): void {
    this.problems.set([]);
    this.error.set(null);
    this.busy.set(true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: project => {
        this.busy.set(false);
        this.close();
        this.saved.emit(project);
      },
      error: e => {
        this.busy.set(false);
        this.error.set(message(e));
      },
    });
  }
}

function message(e: unknown): Message {
  const text = serverErrorMessage(e);
  return text ? { text } : { key: 'Dalad::ProjectList:SaveError' };
}
