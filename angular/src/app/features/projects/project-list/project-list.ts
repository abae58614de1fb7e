import { LocalizationPipe, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ProjectListItemDto, ProjectTypeDto, TerritoryDto } from '../../../proxy/generated/models';
import { controlProblems, FieldProblem, FormSummary, SummaryField } from '../../../shared/form-summary/form-summary';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { ProjectsApi } from '../projects-api';
import { deadlineBadge, PROJECTS_PERMISSIONS } from '../projects-labels';

/** The server's limits (Project.MaxNameLength, MaxPartyLength, MaxTextLength; the territory code's 16). */
import { PROJECT_LIMITS } from '../project-limits';

const FIELDS: SummaryField[] = [
  { name: 'name', id: 'project-name', labelKey: 'Dalad::ProjectList:Field:Name' },
  { name: 'typeCode', id: 'project-type', labelKey: 'Dalad::ProjectList:Field:Type' },
  { name: 'territoryCode', id: 'project-territory', labelKey: 'Dalad::ProjectList:Field:Territory' },
  { name: 'address', id: 'project-address', labelKey: 'Dalad::ProjectList:Field:Address' },
  { name: 'builder', id: 'project-builder', labelKey: 'Dalad::ProjectList:Field:Builder' },
  { name: 'generalContractor', id: 'project-contractor', labelKey: 'Dalad::ProjectList:Field:GeneralContractor' },
  { name: 'fundingSource', id: 'project-funding', labelKey: 'Dalad::ProjectList:Field:FundingSource' },
];

/** The projects the caller's bodies own, with their account and deposit state, and the form that registers one. */
@Component({
  selector: 'dalad-project-list',
  imports: [PageHeader, LocalizationPipe, FormsModule, ReactiveFormsModule, RouterLink, FormSummary],
  templateUrl: './project-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectList implements OnInit {
  private readonly api = inject(ProjectsApi);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly permissions = inject(PermissionService);

  readonly canManage = this.permissions.getGrantedPolicy(PROJECTS_PERMISSIONS.manage);

  search = '';
  readonly loading = signal(true);
  readonly projects = signal<ProjectListItemDto[]>([]);
  readonly error = signal<{ text?: string; key?: string } | null>(null);

  readonly creating = signal(false);
  readonly types = signal<ProjectTypeDto[]>([]);
  readonly territories = signal<TerritoryDto[]>([]);
  readonly saving = signal(false);
  readonly saveError = signal<{ text?: string; key?: string } | null>(null);
  readonly problems = signal<FieldProblem[]>([]);

  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROJECT_LIMITS.name)] }),
    typeCode: new FormControl('', { nonNullable: true, validators: Validators.required }),
    territoryCode: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROJECT_LIMITS.territoryCode)] }),
    address: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROJECT_LIMITS.text) }),
    builder: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROJECT_LIMITS.party)] }),
    generalContractor: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROJECT_LIMITS.party)] }),
    governmentInvested: new FormControl(false, { nonNullable: true }),
    fundsInPlace: new FormControl(false, { nonNullable: true }),
    fundingSource: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROJECT_LIMITS.party) }),
    contractDate: new FormControl('', { nonNullable: true }),
    startDate: new FormControl('', { nonNullable: true }),
    plannedCompletionDate: new FormControl('', { nonNullable: true }),
  });

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .getProjects({ search: this.search.trim() || null })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: projects => {
          this.loading.set(false);
          this.projects.set(projects);
        },
        error: e => {
          this.loading.set(false);
          this.projects.set([]);
          const text = serverErrorMessage(e);
          this.error.set(text ? { text } : { key: 'Dalad::ProjectList:Error' });
        },
      });
  }

  /** The account and deposit badges, from where each stands against its deadline (the server's judgement). */
  badges(project: ProjectListItemDto) {
    return { account: deadlineBadge('Account', project.accountState), deposit: deadlineBadge('Deposit', project.depositState) };
  }

  openForm(): void {
    this.creating.set(true);
    this.saveError.set(null);
    if (!this.types().length) {
      this.api.getProjectTypes().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({ next: t => this.types.set(t), error: () => undefined });
    }
    if (!this.territories().length) {
      this.api
        .getTerritories()
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: page => this.territories.set(page.items), error: () => undefined });
    }
  }

  cancel(): void {
    this.creating.set(false);
    this.problems.set([]);
    this.form.reset();
  }

  invalid(name: keyof typeof this.form.controls): boolean {
    const control = this.form.controls[name];
    return control.invalid && control.touched;
  }

  submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problems.set(controlProblems(FIELDS, this.form.controls));
      return;
    }
    this.problems.set([]);
    this.saveError.set(null);
    this.saving.set(true);
    const v = this.form.getRawValue();
    const text = (s: string) => s.trim() || null;
    this.api
      .createProject({
        name: v.name.trim(),
        typeCode: v.typeCode,
        territoryCode: v.territoryCode,
        address: text(v.address),
        builder: v.builder.trim(),
        generalContractor: v.generalContractor.trim(),
        governmentInvested: v.governmentInvested,
        fundsInPlace: v.fundsInPlace,
        fundingSource: text(v.fundingSource),
        contractDate: v.contractDate || null,
        startDate: v.startDate || null,
        plannedCompletionDate: v.plannedCompletionDate || null,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: project => {
          this.saving.set(false);
          this.router.navigate(['/projects', project.id]);
        },
        error: e => {
          this.saving.set(false);
          const message = serverErrorMessage(e);
          this.saveError.set(message ? { text: message } : { key: 'Dalad::ProjectList:SaveError' });
        },
      });
  }
}
