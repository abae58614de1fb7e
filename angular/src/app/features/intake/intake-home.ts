import { LocalizationPipe, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { forkJoin, map } from 'rxjs';
import { PageHeader } from '../../shared/page-header/page-header';
import { serverErrorMessage } from '../../shared/server-error';
import { BodyOption, CaseDetailDto, CreateLeadInput, IntakeApi, LEAD_CHANNELS, LEAD_LIMITS, LeadChannel, LeadDto, TerritoryOption } from './intake-api';
import { confirmProblem, corrections, fieldProblems, livePreview, PreviewState } from './intake-logic';
import { FieldProblem, FormSummary } from '../../shared/form-summary/form-summary';
import { LEAD_PERMISSIONS } from './intake-permissions';
import { CHANNEL_KEYS, CONFIRM_PROBLEM_KEYS, LEAD_STATUS_KEYS, labelKey } from './intake-labels';
import { ProposalPanel } from './proposal-panel';

/** Intake: register a lead with the routing proposal shown live, then confirm or correct its two owners. */
@Component({
  selector: 'dalad-intake-home',
  imports: [PageHeader, LocalizationPipe, ReactiveFormsModule, RouterLink, ProposalPanel, FormSummary],
  templateUrl: './intake-home.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntakeHome implements OnInit {
  private readonly api = inject(IntakeApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly route = inject(ActivatedRoute);

  private readonly permission = inject(PermissionService);
  readonly canCreate = this.permission.getGrantedPolicy(LEAD_PERMISSIONS.create);
  readonly canDispatch = this.permission.getGrantedPolicy(LEAD_PERMISSIONS.dispatch);
  readonly canImport = this.permission.getGrantedPolicy(LEAD_PERMISSIONS.import);
  readonly channels = LEAD_CHANNELS.map(code => ({ code, key: CHANNEL_KEYS[code] }));

  /** The API's length limit of a field (shown as a counter and enforced with maxlength). */
  limit(name: keyof typeof LEAD_LIMITS): number {
    return LEAD_LIMITS[name];
  }

  readonly form = new FormGroup({
    channel: new FormControl<LeadChannel>('12345', { nonNullable: true, validators: Validators.required }),
    ticketNumber: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(LEAD_LIMITS.ticketNumber)] }),
    text: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(LEAD_LIMITS.text)] }),
    address: new FormControl('', { nonNullable: true, validators: Validators.maxLength(LEAD_LIMITS.address) }),
    complainantName: new FormControl('', { nonNullable: true, validators: Validators.maxLength(LEAD_LIMITS.complainantName) }),
    phone: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(LEAD_LIMITS.phone)] }),
    idCardNumber: new FormControl('', { nonNullable: true, validators: Validators.maxLength(LEAD_LIMITS.idCardNumber) }),
    employer: new FormControl('', { nonNullable: true, validators: Validators.maxLength(LEAD_LIMITS.employer) }),
    project: new FormControl('', { nonNullable: true, validators: Validators.maxLength(LEAD_LIMITS.project) }),
    workerCount: new FormControl<number | null>(null, { validators: Validators.min(1) }),
    amountOwed: new FormControl<number | null>(null, { validators: Validators.min(0) }),
  });

  readonly confirmForm = new FormGroup({
    territoryCode: new FormControl('', { nonNullable: true }),
    industryBodyCode: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
  });

  private readonly textValue = toSignal(this.form.controls.text.valueChanges, { initialValue: '' });

  /** The proposal while typing (debounced), from the text and address only. */
  readonly preview = toSignal(
    livePreview(
      this.form.valueChanges.pipe(map(v => ({ text: v.text ?? '', address: v.address ?? '' }))),
      (text, address) => this.api.preview(text, address),
    ),
    { initialValue: { status: 'idle' } as PreviewState },
  );
  readonly previewText = computed(() => this.textValue().trim());

  readonly saving = signal(false);
  /** The server's localized message, or a key of ours when it sent none. */
  readonly error = signal<{ text?: string; key?: string } | null>(null);
  readonly lead = signal<LeadDto | null>(null);
  readonly alreadyRegistered = signal(false);
  /** The lead was opened from the pending-leads list, not just registered. */
  readonly reopened = signal(false);
  readonly confirmed = signal<CaseDetailDto | null>(null);
  readonly confirmAttempted = signal(false);

  readonly territories = signal<TerritoryOption[]>([]);
  readonly industryBodies = signal<BodyOption[]>([]);

  private readonly choice = toSignal(this.confirmForm.valueChanges, { initialValue: this.confirmForm.getRawValue() });
  readonly correctedRoles = computed(() => {
    this.choice();
    return corrections(this.lead()?.routing, this.confirmForm.getRawValue());
  });
  readonly problemKey = computed(() => {
    this.choice();
    const problem = confirmProblem(this.lead()?.routing, this.confirmForm.getRawValue());
    return problem ? CONFIRM_PROBLEM_KEYS[problem] : null;
  });

  /** `/intake?lead=<id>` (from the pending-leads list) opens that lead in the confirm form. */
  ngOnInit(): void {
    this.route.queryParamMap.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(params => {
      const id = params.get('lead');
      if (!id) {
        return;
      }
      this.api
        .getLead(id)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: lead => {
            this.alreadyRegistered.set(false);
            this.reopened.set(true);
            this.showLead(lead);
          },
          error: e => this.fail(e),
        });
    });
  }

  channelKey(code: string): string {
    return labelKey(CHANNEL_KEYS, code);
  }

  statusKey(code: string): string {
    return labelKey(LEAD_STATUS_KEYS, code);
  }

  /** The invalid fields, in form order, once a submit was tried (the summary above the form). */
  readonly problems = signal<FieldProblem[]>([]);

  /** A field to outline: invalid and already visited (or a submit was tried). */
  invalid(name: keyof typeof this.form.controls): boolean {
    const control = this.form.controls[name];
    return control.invalid && control.touched;
  }

  submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problems.set(fieldProblems(this.form));
      return;
    }
    this.problems.set([]);
    const v = this.form.getRawValue();
    const input: CreateLeadInput = {
      ...v,
      address: v.address || null,
      complainantName: v.complainantName || null,
      idCardNumber: v.idCardNumber || null,
      employer: v.employer || null,
      project: v.project || null,
    };
    this.saving.set(true);
    this.error.set(null);
    this.api
      .createLead(input)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: response => {
          this.saving.set(false);
          this.alreadyRegistered.set(response.status === 200);
          this.reopened.set(false);
          this.showLead(response.body!);
        },
        error: e => this.fail(e),
      });
  }

  private showLead(lead: LeadDto): void {
    this.lead.set(lead);
    this.confirmed.set(null);
    this.confirmAttempted.set(false);
    this.confirmForm.reset({ territoryCode: '', industryBodyCode: '', reason: '' });
    if (lead.status === 'pending' && !this.territories().length) {
      forkJoin([this.api.getTerritories(), this.api.getBodies()])
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: ([territories, bodies]) => {
            this.territories.set(territories.items);
            this.industryBodies.set(bodies.items.filter(b => b.isActive && (b.kind === 'industry' || b.kind === 'zone')));
          },
          error: e => this.fail(e),
        });
    }
  }

  confirm(): void {
    const lead = this.lead();
    this.confirmAttempted.set(true);
    if (!lead || this.problemKey()) {
      return;
    }
    const c = this.confirmForm.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    this.api
      .confirm(lead.id, {
        territoryCode: c.territoryCode || null,
        industryBodyCode: c.industryBodyCode || null,
        reason: c.reason.trim() || null,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: detail => {
          this.saving.set(false);
          this.confirmed.set(detail);
          this.lead.set({ ...lead, status: 'dispatched', caseId: detail.case.id, caseNumber: detail.case.number });
        },
        error: e => this.fail(e),
      });
  }

  /** Starts over with an empty form for the next complaint. */
  next(): void {
    this.lead.set(null);
    this.confirmed.set(null);
    this.alreadyRegistered.set(false);
    this.error.set(null);
    this.form.reset();
  }

  private fail(e: unknown): void {
    this.saving.set(false);
    const text = serverErrorMessage(e);
    this.error.set(text ? { text } : { key: 'Dalad::Intake:Error' });
  }
}
