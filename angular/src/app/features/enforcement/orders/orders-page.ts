import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import type { OrderDto, PenaltyCaseDto } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { ORDERS_MANAGE_POLICY } from '../enforcement.feature';
import { EnforcementApi } from '../enforcement-api';
import { PenaltyDocuments } from '../penalty-documents/penalty-documents';
import { beijingToday, labelKey, nextPenaltyStep, ORDER_KINDS, ORDER_STATE_KEYS, orderState } from '../enforcement-logic';

/** What one row is being used for: serving, recording the outcome, opening a penalty case, or a penalty case's next step. */
type Action = { kind: 'serve' | 'outcome' | 'penalty'; id: string } | { kind: 'step'; id: string };

/**
 * The orders (to rectify, to pay) and penalty cases of one case, or of the body when no case number is given. The
 * labour inspector issues an order, marks it served, then complied or not; opens a penalty case from an order and moves
 * it one step at a time (filed → investigated → notified → decided → executed), naming each step's document.
 */
@Component({
  selector: 'dalad-orders-page',
  imports: [PageHeader, LocalizationPipe, FormsModule, PenaltyDocuments],
  templateUrl: './orders-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrdersPage implements OnInit {
  private readonly api = inject(EnforcementApi);
  private readonly l = inject(LocalizationService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  readonly canManage = inject(PermissionService).getGrantedPolicy(ORDERS_MANAGE_POLICY);
  readonly kinds = ORDER_KINDS;
  readonly labelKey = labelKey;
  readonly nextStep = nextPenaltyStep;

  readonly caseNumber = signal<string | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly orders = signal<OrderDto[]>([]);
  private readonly allPenalties = signal<PenaltyCaseDto[]>([]);
  /** The penalty cases of the case shown (the server lists the body's; the page narrows them to the case). */
  readonly penalties = computed(() => {
    const number = this.caseNumber();
    return number ? this.allPenalties().filter(p => p.caseNumber === number) : this.allPenalties();
  });
  readonly penaltyOrderIds = computed(() => new Set(this.allPenalties().map(p => p.orderId).filter(id => !!id)));

  filter = '';

  // The new order.
  form = { kind: 'pay', caseNumber: '', employerName: '', creditCode: '', amount: null as number | null, issuedOn: beijingToday(), deadlineOn: '', text: '' };
  readonly formError = signal<string | null>(null);
  readonly busy = signal(false);

  // The row being acted on, with its inputs.
  readonly action = signal<Action | null>(null);
  readonly actionError = signal<string | null>(null);
  servedOn = beijingToday();
  complied: boolean | null = null;
  note = '';
  facts = '';

  ngOnInit(): void {
    this.route.queryParamMap.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(query => {
      const number = query.get('caseNumber')?.trim() || null;
      this.caseNumber.set(number);
      this.filter = number ?? '';
      if (number) {
        this.form.caseNumber = number;
      }
      this.load();
    });
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .orders(this.caseNumber())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: orders => {
          this.orders.set(orders);
          this.loading.set(false);
        },
        error: e => this.fail(e),
      });
    this.api
      .penaltyCases()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: cases => this.allPenalties.set(cases), error: e => this.fail(e) });
  }

  private fail(e: unknown): void {
    this.loading.set(false);
    this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
  }

  search(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { caseNumber: this.filter.trim() || null } });
  }

  stateKey(order: OrderDto): string {
    return ORDER_STATE_KEYS[orderState(order)];
  }

  stateTone(order: OrderDto): string {
    const state = orderState(order);
    return state === 'lapsed' || state === 'not-complied' ? 'overdue' : state === 'complied' ? 'done' : state === 'served' ? 'running' : 'pending';
  }

  issue(): void {
    this.busy.set(true);
    this.formError.set(null);
    const f = this.form;
    this.api
      .issueOrder({
        kind: f.kind,
        caseNumber: f.caseNumber.trim() || null,
        employerName: f.employerName.trim() || null,
        creditCode: f.creditCode.trim() || null,
        amount: f.kind === 'pay' ? f.amount : null,
        issuedOn: f.issuedOn || null,
        deadlineOn: f.deadlineOn || null,
        text: f.text.trim() || null,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: order => {
          this.busy.set(false);
          this.orders.update(list => [order, ...list]);
          this.form = { ...this.form, employerName: '', creditCode: '', amount: null, deadlineOn: '', text: '' };
        },
        error: e => {
          this.busy.set(false);
          this.formError.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
        },
      });
  }

  start(kind: Action['kind'], id: string): void {
    this.action.set({ kind, id });
    this.actionError.set(null);
    this.servedOn = beijingToday();
    this.complied = null;
    this.note = '';
    this.facts = '';
  }

  isActing(kind: Action['kind'], id: string): boolean {
    const a = this.action();
    return a?.kind === kind && a.id === id;
  }

  serve(order: OrderDto): void {
    this.run(this.api.serveOrder(order.id, this.servedOn || null), updated => this.replaceOrder(updated));
  }

  recordOutcome(order: OrderDto): void {
    this.run(this.api.recordOutcome(order.id, { complied: this.complied, note: this.note.trim() || null }), updated =>
      this.replaceOrder(updated),
    );
  }

  openPenalty(order: OrderDto): void {
    this.run(
      this.api.filePenalty({ caseNumber: order.caseNumber, orderId: order.id, employerName: order.employerName, facts: this.facts.trim() || null }),
      created => this.allPenalties.update(list => [created, ...list]),
    );
  }

  advance(penalty: PenaltyCaseDto): void {
    this.run(this.api.advancePenalty(penalty.id, { step: nextPenaltyStep(penalty.step), note: this.note.trim() || null }), updated =>
      this.allPenalties.update(list => list.map(p => (p.id === updated.id ? updated : p))),
    );
  }

  private replaceOrder(updated: OrderDto): void {
    this.orders.update(list => list.map(o => (o.id === updated.id ? updated : o)));
  }

  private run<T>(request: import('rxjs').Observable<T>, done: (value: T) => void): void {
    this.busy.set(true);
    this.actionError.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: value => {
        this.busy.set(false);
        this.action.set(null);
        done(value);
      },
      error: e => {
        this.busy.set(false);
        this.actionError.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
      },
    });
  }
}
