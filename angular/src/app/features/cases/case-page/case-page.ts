import { LocalizationPipe, PermissionService } from '@abp/ng.core';
import { ToasterService } from '@abp/ng.theme.shared';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ORDERS_POLICY } from '../../enforcement/enforcement.feature';
import { FormSummary } from '../../../shared/form-summary/form-summary';
import { Loading } from '../../../shared/loading/loading';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { BodyName, CaseDetail, CasesApi, SmsLogEntry } from '../cases-api';
import {
  ACTION_HINT_KEYS,
  ACTION_KEYS,
  CHANNEL_KEYS,
  CONFIRM_KEYS,
  EVENT_TYPE_KEYS,
  EXTENSION_STATUS_KEYS,
  FIELD_KEYS,
  labelKey,
  MY_ROLE_KEYS,
  OWNER_ROLE_KEYS,
  SMS_TEMPLATE_KEYS,
  STATUS_KEYS,
  STEP_DUE_KEYS,
  STEP_KEYS,
  STEPPER_KEYS,
} from '../cases-labels';
import {
  ACTION_FIELDS,
  ARREARS_FIELDS,
  actionButtonClass,
  ActionField,
  actionProblems,
  actionSummary,
  actionRequest,
  ActionValues,
  availableActions,
  CaseAction,
  caseStepper,
  EMPTY_ACTION_VALUES,
  formatBeijing,
  formatYuan,
  myRoles,
  needsConfirmation,
  primaryAction,
  STEPS,
  stepDue,
  textLimit,
  transferTargets,
} from '../cases-logic';
import { CASE_PERMISSIONS } from '../cases-permissions';
import { CaseCountdown } from '../shared/case-countdown';
import { CaseDirectory } from '../shared/case-directory';

/**
 * A case: its complaint, both owners (who leads, who assists), each step's due time, what each owner
 * recorded, decisions, extension, visits, the actions the user may take now, the timeline and the
 * complainant's SMS log.
 */
@Component({
  selector: 'dalad-case-page',
  imports: [PageHeader, LocalizationPipe, FormsModule, RouterLink, Loading, CaseCountdown, FormSummary],
  templateUrl: './case-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePage implements OnInit {
  private readonly api = inject(CasesApi);
  private readonly directory = inject(CaseDirectory);
  private readonly toaster = inject(ToasterService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly route = inject(ActivatedRoute);
  private readonly permission = inject(PermissionService);

  readonly canApproveExtension = this.permission.getGrantedPolicy(CASE_PERMISSIONS.approveExtension);
  readonly canVisit = this.permission.getGrantedPolicy(CASE_PERMISSIONS.visit);
  /** The case's orders and penalty cases live in the enforcement area (labour inspection). */
  readonly canSeeOrders = this.permission.getGrantedPolicy(ORDERS_POLICY);

  private id = '';
  readonly loading = signal(true);
  /** A failed load: the server's message ('' when it sent none). */
  readonly loadError = signal<string | null>(null);
  readonly detail = signal<CaseDetail | null>(null);
  readonly sms = signal<SmsLogEntry[]>([]);
  private readonly bodies = signal<BodyName[]>([]);
  private readonly mine = signal<{ bodyCodes: string[]; supervises: boolean }>({ bodyCodes: [], supervises: false });

  /** The open action form. */
  readonly action = signal<CaseAction | null>(null);
  values: ActionValues = { ...EMPTY_ACTION_VALUES };
  readonly attempted = signal(false);
  readonly problems = signal<Partial<Record<ActionField, string>>>({});
  /** The refused fields listed on top of the action form. */
  readonly summary = computed(() => {
    const action = this.action();
    return action ? actionSummary(action, this.problems(), field => this.key('field', field)) : [];
  });
  readonly saving = signal(false);
  /** A dangerous action (reject, transfer) waits for the user's second click. */
  readonly confirming = signal(false);
  /** A refused action: the server's message ('' when it sent none). The form stays open. */
  readonly actionError = signal<string | null>(null);

  readonly workflow = computed(() => this.detail()?.workflow ?? null);
  readonly roles = computed(() => {
    const d = this.detail();
    return d ? myRoles(d.case.assignments, d.workflow?.leadRole ?? d.case.clock?.leadRole, this.mine().bodyCodes) : [];
  });
  readonly actions = computed<CaseAction[]>(() => {
    const d = this.detail();
    if (!d?.workflow) {
      return [];
    }
    const roles = this.roles();
    return availableActions(d.workflow.nextActions, {
      isLead: roles.includes('lead'),
      isOwner: roles.length > 0,
      supervises: this.mine().supervises,
      canApproveExtension: this.canApproveExtension,
      canVisit: this.canVisit,
      isOpen: d.case.status !== 'closed',
    });
  });
  /** The next step forward: the one primary button. */
  readonly primary = computed(() => {
    const mine = this.roles();
    const myPartMissing = (this.workflow()?.parts ?? []).some(p => mine.includes(p.leads ? 'lead' : 'assist') && !p.recordedAt);
    return primaryAction(this.actions(), myPartMissing);
  });
  /** Resolve shown disabled to the lead while an owner's part is missing (the server does not offer it yet). */
  readonly resolveBlocked = computed(() => {
    const d = this.detail();
    return !!d?.workflow && d.case.status === 'handling' && this.roles().includes('lead') && !d.workflow.nextActions.includes('resolve');
  });
  readonly stepper = computed(() => {
    const d = this.detail();
    return d?.workflow ? caseStepper(d.workflow, d.case.status) : [];
  });

  /** The owners in a fixed order: industry (leads today), then territorial. */
  readonly owners = computed(() => {
    const w = this.workflow();
    const d = this.detail();
    if (!d) {
      return [];
    }
    return ['industry', 'territorial'].map(role => {
      const bodyCode = d.case.assignments.find(a => a.role === role)?.bodyCode ?? '';
      const part = w?.parts.find(p => p.role === role);
      const leads = (w?.leadRole ?? d.case.clock?.leadRole) === role;
      return { role, bodyCode, leads, part };
    });
  });
  /** Each step's stored due time; the running one gets the countdown. */
  readonly dueRows = computed(() => {
    const w = this.workflow();
    return w ? STEPS.map(step => ({ step, due: formatBeijing(stepDue(w, step)), running: w.step === step })) : [];
  });
  readonly transferBodies = computed(() => {
    const d = this.detail();
    const role = this.transferRole();
    const holder = d?.case.assignments.find(a => a.role === role)?.bodyCode;
    return transferTargets(this.bodies(), role, holder);
  });
  private readonly transferRole = signal('');

  ngOnInit(): void {
    this.id = this.route.snapshot.paramMap.get('id') ?? '';
    this.directory
      .mine()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(mine => this.mine.set(mine));
    this.directory
      .bodies()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(bodies => this.bodies.set(bodies));
    this.api
      .getDetail(this.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: detail => {
          this.detail.set(detail);
          this.loading.set(false);
        },
        error: e => {
          this.loading.set(false);
          this.loadError.set(serverErrorMessage(e) ?? '');
        },
      });
    this.loadSms();
  }

  private loadSms(): void {
    this.api
      .getSms(this.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: sms => this.sms.set(sms), error: () => this.sms.set([]) });
  }

  open(action: CaseAction): void {
    this.action.set(action);
    this.values = { ...EMPTY_ACTION_VALUES };
    this.transferRole.set('');
    this.attempted.set(false);
    this.problems.set({});
    this.actionError.set(null);
    this.confirming.set(false);
  }

  cancel(): void {
    this.action.set(null);
    this.actionError.set(null);
    this.confirming.set(false);
  }

  buttonClass(action: CaseAction): string {
    return actionButtonClass(action, this.primary());
  }

  yuan(value: number | null | undefined) {
    return formatYuan(value);
  }

  /** Takes a field's new value; re-checks the form once the user tried to send it. */
  set(field: ActionField, value: string | number | null): void {
    this.values = { ...this.values, [field]: value ?? '' };
    if (field === 'role') {
      this.values.bodyCode = '';
      this.transferRole.set(String(value ?? ''));
    }
    const action = this.action();
    if (action && this.attempted()) {
      this.problems.set(actionProblems(action, this.values));
    }
  }

  fields(action: CaseAction): ActionField[] {
    return ACTION_FIELDS[action].filter(f => this.values.arrearsEstablished === 'true' || !ARREARS_FIELDS.includes(f));
  }

  limit(action: CaseAction, field: ActionField): number {
    return textLimit(action, field);
  }

  /** Characters typed so far in a text field, for its counter. */
  length(field: ActionField): number {
    return String(this.values[field] ?? '').length;
  }

  submit(): void {
    const action = this.action();
    if (!action || this.saving()) {
      return;
    }
    this.attempted.set(true);
    const problems = actionProblems(action, this.values);
    this.problems.set(problems);
    if (Object.keys(problems).length) {
      return;
    }
    if (needsConfirmation(action) && !this.confirming()) {
      this.confirming.set(true);
      return;
    }
    this.confirming.set(false);
    this.saving.set(true);
    this.actionError.set(null);
    this.api
      .act(this.id, actionRequest(action, this.values))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: detail => {
          this.saving.set(false);
          this.detail.set(detail);
          this.action.set(null);
          this.toaster.success('Dalad::Cases:Action:Done', 'Dalad::Cases:Action:DoneTitle');
          this.loadSms();
        },
        error: e => {
          this.saving.set(false);
          this.actionError.set(serverErrorMessage(e) ?? '');
        },
      });
  }

  bodyName(code: string | null | undefined): string {
    return (code && this.bodies().find(b => b.code === code)?.name) || code || '';
  }

  beijing(value: string | null | undefined): string {
    return formatBeijing(value);
  }

  stepKey(step: string): string {
    return labelKey(STEPPER_KEYS, step);
  }

  confirmKey(action: string): string {
    return labelKey(CONFIRM_KEYS, action);
  }

  key(kind: 'status' | 'step' | 'stepDue' | 'event' | 'sms' | 'owner' | 'myRole' | 'action' | 'hint' | 'field' | 'extension' | 'channel', code: string | null | undefined): string {
    const keys = {
      status: STATUS_KEYS,
      step: STEP_KEYS,
      stepDue: STEP_DUE_KEYS,
      event: EVENT_TYPE_KEYS,
      sms: SMS_TEMPLATE_KEYS,
      owner: OWNER_ROLE_KEYS,
      myRole: MY_ROLE_KEYS,
      action: ACTION_KEYS,
      hint: ACTION_HINT_KEYS,
      field: FIELD_KEYS,
      extension: EXTENSION_STATUS_KEYS,
      channel: CHANNEL_KEYS,
    }[kind];
    return labelKey(keys, code);
  }
}
