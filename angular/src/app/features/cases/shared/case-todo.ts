import { LocalizationPipe, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Observable, Subscription } from 'rxjs';
import { Loading } from '../../../shared/loading/loading';
import { IntakeApi } from '../../intake/intake-api';
import { LEAD_PERMISSIONS } from '../../intake/intake-permissions';
import { CaseDto, CasesApi } from '../cases-api';
import { labelKey, STATUS_KEYS, STEP_KEYS } from '../cases-labels';
import { CASE_PERMISSIONS } from '../cases-permissions';
import { CaseCountdown } from './case-countdown';

/** The most urgent cases shown (the server orders by the running step's due time). */
export const TODO_CASES = 5;
const SUMMARY_LENGTH = 40;

/**
 * A workspace's to-do card: the body's most urgent open cases with their countdowns, its overdue,
 * due-soon and supervision-reminder counts, and (for the intake desks) the leads waiting for
 * confirmation. Each part only with its permission; the empty state when nothing applies.
 * `supervises` (the joint office) counts every body's cases instead of one body's.
 */
@Component({
  selector: 'dalad-case-todo',
  imports: [LocalizationPipe, RouterLink, Loading, CaseCountdown],
  templateUrl: './case-todo.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'd-block' },
})
export class CaseTodo {
  private readonly casesApi = inject(CasesApi);
  private readonly intakeApi = inject(IntakeApi);
  private readonly permission = inject(PermissionService);

  readonly bodyCode = input<string | null | undefined>();
  readonly supervises = input(false);

  protected readonly canSeeCases = toSignal(this.permission.getGrantedPolicy$(CASE_PERMISSIONS.cases), { initialValue: false });
  private readonly canReadLeads = toSignal(this.permission.getGrantedPolicy$(LEAD_PERMISSIONS.leads), { initialValue: false });
  private readonly canConfirmLeads = toSignal(this.permission.getGrantedPolicy$(LEAD_PERMISSIONS.dispatch), { initialValue: false });
  /** The intake desks: they confirm leads (and the lead list needs the read permission too). */
  protected readonly canDispatch = computed(() => this.canReadLeads() && this.canConfirmLeads());

  /** null: not loaded (or not permitted). */
  protected readonly openCases = signal<CaseDto[] | null>(null);
  protected readonly overdue = signal<number | null>(null);
  protected readonly dueSoon = signal<number | null>(null);
  protected readonly reminders = signal<number | null>(null);
  protected readonly pendingLeads = signal<number | null>(null);
  protected readonly failed = signal(false);

  /** The body whose cases count, null for every body (the joint office). */
  private readonly scope = computed(() => (this.supervises() ? null : this.bodyCode() || undefined));
  private readonly loadsCases = computed(() => this.canSeeCases() && this.scope() !== undefined);

  protected readonly loading = computed(
    () =>
      (this.loadsCases() && (this.openCases() === null || this.overdue() === null || this.reminders() === null)) ||
      (this.canDispatch() && this.pendingLeads() === null),
  );

  protected readonly rows = computed(() =>
    (this.openCases() ?? []).map(c => ({
      c,
      summary: c.text.length > SUMMARY_LENGTH ? `${c.text.slice(0, SUMMARY_LENGTH)}…` : c.text,
      // The step while one runs; otherwise the status (e.g. waiting to be closed).
      stateKey: c.clock?.step ? labelKey(STEP_KEYS, c.clock.step) : labelKey(STATUS_KEYS, c.status),
    })),
  );

  protected readonly nothingToDo = computed(
    () => !this.rows().length && !this.overdue() && !this.dueSoon() && !this.reminders() && !this.pendingLeads(),
  );

  /** What may appear here, by the user's permissions (nothing is promised that they cannot see). */
  protected readonly emptyHints = computed(() => {
    const hints = [
      ...(this.canSeeCases() ? ['Dalad::Workspace:Todo:EmptyHint'] : []),
      ...(this.canDispatch() ? ['Dalad::Workspace:Todo:EmptyHintLeads'] : []),
    ];
    return hints.length ? hints : ['Dalad::Workspace:Todo:NoAccessHint'];
  });

  constructor() {
    effect(onCleanup => {
      const scope = this.scope();
      const loadsCases = this.loadsCases();
      const loadsLeads = this.canDispatch();
      const subscriptions = new Subscription();
      onCleanup(() => subscriptions.unsubscribe());
      untracked(() => {
        this.reset();
        if (loadsCases) {
          this.load(subscriptions, this.casesApi.list({ bodyCode: scope ?? undefined, skipCount: 0, maxResultCount: TODO_CASES }), { totalCount: 0, items: [], totalCountIsLowerBound: false }, page =>
            // Closed cases sort last (no running step) and are not to do.
            this.openCases.set(page.items.filter(c => c.status !== 'closed')),
          );
          // The badges are counted by the server (exact, however many cases the body has): no list is downloaded to count.
          this.load(subscriptions, this.casesApi.getCounts(scope ?? undefined), { overdue: 0, dueSoon: 0, openReminders: 0 }, counts => {
            this.overdue.set(counts.overdue);
            this.dueSoon.set(counts.dueSoon);
            this.reminders.set(counts.openReminders);
          });
        }
        if (loadsLeads) {
          this.load(subscriptions, this.intakeApi.countPendingLeads(), 0, count => this.pendingLeads.set(count));
        }
      });
    });
  }


  private reset(): void {
    this.openCases.set(null);
    this.overdue.set(null);
    this.dueSoon.set(null);
    this.reminders.set(null);
    this.pendingLeads.set(null);
    this.failed.set(false);
  }

  /** A part that fails shows as empty, with one warning for the card. */
  private load<T>(subscriptions: Subscription, source: Observable<T>, empty: T, show: (value: T) => void): void {
    subscriptions.add(
      source.subscribe({
        next: show,
        error: () => {
          this.failed.set(true);
          show(empty);
        },
      }),
    );
  }
}
