import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import type { OrderDto, ReferralDto } from '../../../proxy/generated/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { ORDERS_POLICY, REFERRALS_CREATE_POLICY, REFERRALS_HANDLE_POLICY } from '../enforcement.feature';
import { EnforcementApi } from '../enforcement-api';
import { labelKey, mayRefer, nextReferralStatus } from '../enforcement-logic';

/**
 * Referrals of suspected refusal to pay wages to the police. As `referrals` (HRSS): the referrals sent, and the lapsed orders
 * to pay not yet referred, each with a "refer" action. As `inbox` (route data, the police): the referrals received, each
 * moved one status at a time (received → filed → prosecuted → judged).
 */
@Component({
  selector: 'dalad-referrals-page',
  imports: [PageHeader, LocalizationPipe, FormsModule],
  templateUrl: './referrals-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralsPage implements OnInit {
  private readonly api = inject(EnforcementApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly permissions = inject(PermissionService);

  readonly inbox = inject(ActivatedRoute).snapshot.data['inbox'] === true;
  readonly canCreate = !this.inbox && this.permissions.getGrantedPolicy(REFERRALS_CREATE_POLICY) && this.permissions.getGrantedPolicy(ORDERS_POLICY);
  readonly canHandle = this.inbox && this.permissions.getGrantedPolicy(REFERRALS_HANDLE_POLICY);
  readonly labelKey = labelKey;
  readonly nextStatus = nextReferralStatus;
  readonly format = formatBeijing;

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly referrals = signal<ReferralDto[]>([]);
  private readonly orders = signal<OrderDto[]>([]);
  /** Lapsed orders to pay not yet referred: what HRSS may send. */
  readonly referable = computed(() => {
    const referred = new Set(this.referrals().map(r => r.orderId));
    return this.orders().filter(o => mayRefer(o, referred));
  });

  readonly acting = signal<string | null>(null);
  readonly actionError = signal<string | null>(null);
  readonly busy = signal(false);
  facts = '';
  note = '';

  ngOnInit(): void {
    this.api
      .referrals(this.inbox)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: list => {
          this.referrals.set(list);
          this.loading.set(false);
        },
        error: e => {
          this.loading.set(false);
          this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
        },
      });
    if (this.canCreate) {
      this.api
        .orders()
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: orders => this.orders.set(orders), error: e => this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error')) });
    }
  }

  start(id: string): void {
    this.acting.set(id);
    this.actionError.set(null);
    this.facts = '';
    this.note = '';
  }

  refer(order: OrderDto): void {
    this.busy.set(true);
    this.actionError.set(null);
    this.api
      .refer({ orderId: order.id, facts: this.facts.trim() || null })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: created => {
          this.busy.set(false);
          this.acting.set(null);
          this.referrals.update(list => [created, ...list]);
        },
        error: e => this.failAction(e),
      });
  }

  advance(referral: ReferralDto): void {
    this.busy.set(true);
    this.actionError.set(null);
    this.api
      .advanceReferral(referral.id, { status: nextReferralStatus(referral.status), note: this.note.trim() || null })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: updated => {
          this.busy.set(false);
          this.acting.set(null);
          this.referrals.update(list => list.map(r => (r.id === updated.id ? updated : r)));
        },
        error: e => this.failAction(e),
      });
  }

  private failAction(e: unknown): void {
    this.busy.set(false);
    this.actionError.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
  }
}
