import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, OnInit, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { ProjectDetailDto, ProjectInput } from '../../../proxy/generated/models';
import { controlProblems, FieldProblem, FormSummary, SummaryField } from '../../../shared/form-summary/form-summary';
import { serverErrorMessage } from '../../../shared/server-error';
import { PROJECT_LIMITS } from '../project-limits';
import { ProjectsApi } from '../projects-api';
import { DEPOSIT_FORM_KEYS, SUBCONTRACT_KIND_KEYS } from '../projects-labels';

const FIELDS: SummaryField[] = [
  { name: 'name', id: 'edit-name', labelKey: 'Dalad::ProjectList:Field:Name' },
  { name: 'aliases', id: 'edit-aliases', labelKey: 'Dalad::ProjectEdit:Aliases' },
  { name: 'address', id: 'edit-address', labelKey: 'Dalad::ProjectList:Field:Address' },
  { name: 'builder', id: 'edit-builder', labelKey: 'Dalad::ProjectList:Field:Builder' },
  { name: 'generalContractor', id: 'edit-contractor', labelKey: 'Dalad::ProjectList:Field:GeneralContractor' },
  { name: 'fundingSource', id: 'edit-funding', labelKey: 'Dalad::ProjectList:Field:FundingSource' },
  { name: 'paymentGuarantee', id: 'edit-guarantee', labelKey: 'Dalad::ProjectPage:PaymentGuarantee' },
  { name: 'bank', id: 'edit-bank', labelKey: 'Dalad::ProjectPage:Bank' },
  { name: 'accountNumber', id: 'edit-account-number', labelKey: 'Dalad::ProjectPage:AccountNumber' },
  { name: 'amount', id: 'edit-deposit-amount', labelKey: 'Dalad::ProjectPage:DepositAmount' },
  { name: 'issuer', id: 'edit-deposit-issuer', labelKey: 'Dalad::ProjectPage:DepositIssuer' },
  { name: 'depositAccountNumber', id: 'edit-deposit-account', labelKey: 'Dalad::ProjectPage:DepositAccountNumber' },
];

/** The enumeration comma, how Chinese lists names. */
export const ALIAS_SEPARATOR = '\u3001';

/** Aliases as typed: separated by commas, semicolons (ASCII or full-width), the enumeration comma or new lines. */
export function splitAliases(text: string): string[] {
  return text
    .split(/[\u3001,\uff0c;\uff1b\n]/)
    .map(a => a.trim())
    .filter(a => !!a);
}

function subcontractor(name = '', kind = 'labour') {
  return new FormGroup({
    name: new FormControl(name, { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROJECT_LIMITS.party)] }),
    kind: new FormControl(kind, { nonNullable: true, validators: Validators.required }),
  });
}

/**
 * Edits a project: its parties (subcontractors included), dates, funding, the payment guarantee, the wage account and
 * the wage deposit. The type and territory (and so the owners) stay as registered. The server checks everything again
 * and answers in Chinese; nothing is stored from a refused form.
 */
@Component({
  selector: 'dalad-project-edit',
  imports: [LocalizationPipe, ReactiveFormsModule, FormSummary],
  templateUrl: './project-edit.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectEdit implements OnInit {
  private readonly api = inject(ProjectsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly project = input.required<ProjectDetailDto>();
  readonly saved = output<ProjectDetailDto>();
  readonly cancelled = output<void>();

  readonly kinds = Object.entries(SUBCONTRACT_KIND_KEYS);
  readonly depositForms = Object.entries(DEPOSIT_FORM_KEYS);
  readonly saving = signal(false);
  readonly saveError = signal<{ text?: string; key?: string } | null>(null);
  readonly problems = signal<FieldProblem[]>([]);

  readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROJECT_LIMITS.name)] }),
    aliases: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROJECT_LIMITS.text) }),
    address: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROJECT_LIMITS.text) }),
    builder: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROJECT_LIMITS.party)] }),
    generalContractor: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PROJECT_LIMITS.party)] }),
    subcontractors: new FormArray<ReturnType<typeof subcontractor>>([]),
    governmentInvested: new FormControl(false, { nonNullable: true }),
    fundsInPlace: new FormControl(false, { nonNullable: true }),
    fundingSource: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROJECT_LIMITS.party) }),
    paymentGuarantee: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROJECT_LIMITS.text) }),
    approvalDate: new FormControl('', { nonNullable: true }),
    contractDate: new FormControl('', { nonNullable: true }),
    startDate: new FormControl('', { nonNullable: true }),
    plannedCompletionDate: new FormControl('', { nonNullable: true }),
    completionDate: new FormControl('', { nonNullable: true }),
    openedOn: new FormControl('', { nonNullable: true }),
    bank: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROJECT_LIMITS.party) }),
    accountNumber: new FormControl('', { nonNullable: true, validators: Validators.maxLength(64) }),
    tripartiteAgreementDate: new FormControl('', { nonNullable: true }),
    amount: new FormControl<number | null>(null, { validators: Validators.min(0.01) }),
    depositForm: new FormControl('', { nonNullable: true }),
    issuer: new FormControl('', { nonNullable: true, validators: Validators.maxLength(PROJECT_LIMITS.party) }),
    expiresOn: new FormControl('', { nonNullable: true }),
    paidOn: new FormControl('', { nonNullable: true }),
    depositAccountNumber: new FormControl('', { nonNullable: true, validators: Validators.maxLength(64) }),
  });

  ngOnInit(): void {
    const p = this.project();
    this.form.patchValue({
      name: p.name,
      aliases: p.aliases.join(ALIAS_SEPARATOR),
      address: p.address ?? '',
      builder: p.builder,
      generalContractor: p.generalContractor,
      governmentInvested: p.governmentInvested,
      fundsInPlace: p.fundsInPlace,
      fundingSource: p.fundingSource ?? '',
      paymentGuarantee: p.paymentGuarantee ?? '',
      approvalDate: p.approvalDate ?? '',
      contractDate: p.contractDate ?? '',
      startDate: p.startDate ?? '',
      plannedCompletionDate: p.plannedCompletionDate ?? '',
      completionDate: p.completionDate ?? '',
      openedOn: p.wageAccount.openedOn ?? '',
      bank: p.wageAccount.bank ?? '',
      accountNumber: p.wageAccount.accountNumber ?? '',
      tripartiteAgreementDate: p.wageAccount.tripartiteAgreementDate ?? '',
      amount: p.wageDeposit.amount ?? null,
      depositForm: p.wageDeposit.form ?? '',
      issuer: p.wageDeposit.issuer ?? '',
      expiresOn: p.wageDeposit.expiresOn ?? '',
      paidOn: p.wageDeposit.paidOn ?? '',
      depositAccountNumber: p.wageDeposit.accountNumber ?? '',
    });
    for (const s of p.subcontractors) {
      this.form.controls.subcontractors.push(subcontractor(s.name, s.kind));
    }
  }

  addSubcontractor(): void {
    this.form.controls.subcontractors.push(subcontractor());
  }

  removeSubcontractor(index: number): void {
    this.form.controls.subcontractors.removeAt(index);
  }

  invalid(name: keyof typeof this.form.controls): boolean {
    const control = this.form.controls[name];
    return control.invalid && control.touched;
  }

  submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      const rows = this.form.controls.subcontractors.controls.flatMap((group, i) =>
        controlProblems([{ name: 'name', id: `edit-sub-name-${i}`, labelKey: 'Dalad::ProjectEdit:SubcontractorName' }], group.controls),
      );
      this.problems.set([...controlProblems(FIELDS, this.form.controls), ...rows]);
      return;
    }
    this.problems.set([]);
    this.saveError.set(null);
    this.saving.set(true);
    this.api
      .updateProject(this.project().id, this.input())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: project => {
          this.saving.set(false);
          this.saved.emit(project);
        },
        error: e => {
          this.saving.set(false);
          const message = serverErrorMessage(e);
          this.saveError.set(message ? { text: message } : { key: 'Dalad::ProjectList:SaveError' });
        },
      });
  }

  /** The form as the API's ProjectInput; empty texts and dates are sent as null. */
  input(): ProjectInput {
    const v = this.form.getRawValue();
    const text = (s: string) => s.trim() || null;
    const date = (s: string) => s || null;
    const p = this.project();
    return {
      name: v.name.trim(),
      aliases: splitAliases(v.aliases),
      typeCode: p.typeCode,
      territoryCode: p.territoryCode,
      address: text(v.address),
      builder: v.builder.trim(),
      generalContractor: v.generalContractor.trim(),
      subcontractors: v.subcontractors.map(s => ({ name: s.name.trim(), kind: s.kind })),
      governmentInvested: v.governmentInvested,
      fundsInPlace: v.fundsInPlace,
      fundingSource: text(v.fundingSource),
      paymentGuarantee: text(v.paymentGuarantee),
      approvalDate: date(v.approvalDate),
      contractDate: date(v.contractDate),
      startDate: date(v.startDate),
      plannedCompletionDate: date(v.plannedCompletionDate),
      completionDate: date(v.completionDate),
      wageAccount: {
        openedOn: date(v.openedOn),
        bank: text(v.bank),
        accountNumber: text(v.accountNumber),
        tripartiteAgreementDate: date(v.tripartiteAgreementDate),
      },
      wageDeposit: {
        amount: v.amount ?? null,
        form: v.depositForm || null,
        issuer: text(v.issuer),
        expiresOn: date(v.expiresOn),
        paidOn: date(v.paidOn),
        accountNumber: text(v.depositAccountNumber),
      },
    };
  }
}
