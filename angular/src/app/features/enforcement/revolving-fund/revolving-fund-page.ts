import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal, WritableSignal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Observable } from 'rxjs';
import type { AdvanceDto, RevolvingFundDto } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { ADVANCE_STATUS_KEYS, codeKey, DisclosureFundApi, MOVEMENT_KEYS } from '../disclosure-fund-api';
import { REVOLVING_FUND_MANAGE_POLICY, REVOLVING_FUND_REQUEST_POLICY } from '../enforcement.feature';
import { beijingToday } from '../enforcement-logic';

type Action = { kind: 'decide' | 'pay' | 'recover'; id: string };

/**
 * Finance's emergency revolving fund: the balance always on top; HRSS requests an advance of wages on an
 * urgent case, finance approves or refuses it, pays it and records what is recovered from the employer. Every change
 * reloads the balance from the server, which alone computes it.
 */
@Component({
  selector: 'dalad-revolving-fund-page',
  imports: [PageHeader, LocalizationPipe, FormsModule],
  templateUrl: './revolving-fund-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RevolvingFundPage implements OnInit {
  private readonly api = inject(DisclosureFundApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly permissions = inject(PermissionService);

  readonly canRequest = this.permissions.getGrantedPolicy(REVOLVING_FUND_REQUEST_POLICY);
  readonly canManage = this.permissions.getGrantedPolicy(REVOLVING_FUND_MANAGE_POLICY);
  readonly statusKey = (status: string) => codeKey(ADVANCE_STATUS_KEYS, status);
  readonly movementKey = (kind: string) => codeKey(MOVEMENT_KEYS, kind);

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly fund = signal<RevolvingFundDto | null>(null);
  readonly advances = signal<AdvanceDto[]>([]);
  readonly busy = signal(false);

  capital = { amount: null as number | null, note: '' };
  readonly capitalError = signal<string | null>(null);
  request = { caseNumber: '', employerName: '', workers: null as number | null, amount: null as number | null, reason: '' };
  readonly requestError = signal<string | null>(null);

  readonly action = signal<Action | null>(null);
  readonly actionError = signal<string | null>(null);
  approve: boolean | null = null;
  note = '';
  on = beijingToday();
  amount: number | null = null;

  ngOnInit(): void {
    this.reload();
  }

  reload(): void {
    this.api
      .fund()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: f => this.fund.set(f), error: e => this.fail(e) });
    this.api
      .advances()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: list => {
          this.loading.set(false);
          this.advances.set(list);
        },
        error: e => this.fail(e),
      });
  }

  private fail(e: unknown): void {
    this.loading.set(false);
    this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
  }

  day(utc: string | null | undefined): string {
    return utc ? beijingToday(new Date(utc)) : '';
  }

  addCapital(): void {
    this.submit(this.api.addCapital({ amount: this.capital.amount, note: this.capital.note.trim() || null }), this.capitalError, () => {
      this.capital = { amount: null, note: '' };
    });
  }

  requestAdvance(): void {
    const r = this.request;
    this.submit(
      this.api.requestAdvance({
        caseNumber: r.caseNumber.trim() || null,
        employerName: r.employerName.trim() || null,
        workers: r.workers,
        amount: r.amount,
        reason: r.reason.trim() || null,
      }),
      this.requestError,
      () => {
        this.request = { caseNumber: '', employerName: '', workers: null, amount: null, reason: '' };
      },
    );
  }

  start(kind: Action['kind'], advance: AdvanceDto): void {
    this.action.set({ kind, id: advance.id });
    this.actionError.set(null);
    this.approve = null;
    this.note = '';
    this.on = beijingToday();
    this.amount = kind === 'recover' ? advance.outstanding : null;
  }

  isActing(kind: Action['kind'], id: string): boolean {
    const a = this.action();
    return a?.kind === kind && a.id === id;
  }

  decide(a: AdvanceDto): void {
    this.act(this.api.decide(a.id, { approve: this.approve, note: this.note.trim() || null }));
  }

  pay(a: AdvanceDto): void {
    this.act(this.api.pay(a.id, this.on || null));
  }

  recover(a: AdvanceDto): void {
    this.act(this.api.recover(a.id, { amount: this.amount, recoveredOn: this.on || null, note: this.note.trim() || null }));
  }

  private act(request: Observable<unknown>): void {
    this.submit(request, this.actionError, () => this.action.set(null));
  }

  /** Sends one change; on success clears its form and reloads the balance and the advances. */
  private submit(request: Observable<unknown>, error: WritableSignal<string | null>, done: () => void): void {
    this.busy.set(true);
    error.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.busy.set(false);
        done();
        this.reload();
      },
      error: e => {
        this.busy.set(false);
        error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
      },
    });
  }
}
