import { LocalizationPipe, LocalizationService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import type { BacklogCaseDto, BacklogChannelDto } from '../../../proxy/generated/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { CaseDirectory } from '../../cases/shared/case-directory';
import { keyOf } from '../assistance/assistance-logic';
import { BacklogApi } from './backlog-api';
import {
  asksSettled,
  BACKLOG_CHANNEL_KEYS,
  BACKLOG_CIRCUMSTANCES,
  BACKLOG_GROUND_KEYS,
  BACKLOG_OUTCOME_KEYS,
  BACKLOG_STATUS_KEYS,
  BACKLOG_STEP_KEYS,
  parseAmount,
} from './backlog-logic';

/**
 * Backlog cases (old cases). As `flagged` (HRSS, the joint office): the flag form (a case number, a circumstance when the
 * case's age, reopenings and complaints do not make it backlog, a reason) and the cases flagged, each routed to a
 * channel with a reason. As `inbox` (route data; the justice bureau, the court, labour arbitration): the cases routed here, each
 * step recorded in order, the last with its outcome and the amount recovered.
 */
@Component({
  selector: 'dalad-backlog-page',
  imports: [PageHeader, LocalizationPipe, FormsModule],
  templateUrl: './backlog-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BacklogPage implements OnInit {
  private readonly api = inject(BacklogApi);
  private readonly l = inject(LocalizationService);
  private readonly directory = inject(CaseDirectory);
  private readonly destroyRef = inject(DestroyRef);

  readonly inbox = inject(ActivatedRoute).snapshot.data['inbox'] === true;
  readonly format = formatBeijing;
  readonly circumstances = BACKLOG_CIRCUMSTANCES;
  readonly channelKey = (code: string) => keyOf(BACKLOG_CHANNEL_KEYS, code);
  readonly stepKey = (code: string) => keyOf(BACKLOG_STEP_KEYS, code);
  readonly groundKey = (code: string) => keyOf(BACKLOG_GROUND_KEYS, code);
  readonly statusKey = (code: string) => keyOf(BACKLOG_STATUS_KEYS, code);
  readonly outcomeKey = (code: string) => keyOf(BACKLOG_OUTCOME_KEYS, code);

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly cases = signal<BacklogCaseDto[]>([]);
  readonly channels = signal<BacklogChannelDto[]>([]);
  private readonly bodyNames = signal<Map<string, string>>(new Map());

  readonly busy = signal(false);
  readonly formError = signal<string | null>(null);
  readonly acting = signal<string | null>(null);
  readonly actError = signal<string | null>(null);

  caseNumber = '';
  circumstance = '';
  reason = '';
  channel = '';
  routeReason = '';
  step = '';
  note = '';
  settled = '';
  amount = '';
  feeDeferred = false;

  ngOnInit(): void {
    this.directory
      .bodies()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(bodies => this.bodyNames.set(new Map(bodies.map(b => [b.code, b.name]))));
    this.api
      .channels()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: list => this.channels.set(list), error: e => this.error.set(this.message(e)) });
    (this.inbox ? this.api.inbox() : this.api.flagged()).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: list => {
        this.cases.set(list);
        this.loading.set(false);
      },
      error: e => {
        this.loading.set(false);
        this.error.set(this.message(e));
      },
    });
  }

  bodyName(code: string | null | undefined): string {
    return code ? (this.bodyNames().get(code) ?? code) : '';
  }

  channelBody(code: string): string {
    return this.bodyName(this.channels().find(c => c.channel === code)?.bodyCode);
  }

  isLastStep(c: BacklogCaseDto): boolean {
    const route = c.currentRoute;
    const stages = this.channels().find(ch => ch.channel === route?.channel)?.steps.length ?? 0;
    return !!route && route.steps.length === stages - 1;
  }

  asksSettled(c: BacklogCaseDto): boolean {
    return asksSettled(this.step, this.isLastStep(c));
  }

  flag(): void {
    this.busy.set(true);
    this.formError.set(null);
    this.api
      .flag({ caseNumber: this.caseNumber.trim() || null, circumstance: this.circumstance || null, reason: this.reason.trim() || null })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: created => {
          this.busy.set(false);
          this.cases.update(list => [created, ...list]);
          this.caseNumber = this.circumstance = this.reason = '';
        },
        error: e => {
          this.busy.set(false);
          this.formError.set(this.message(e));
        },
      });
  }

  start(c: BacklogCaseDto): void {
    this.acting.set(c.id);
    this.actError.set(null);
    this.channel = this.routeReason = this.note = this.settled = this.amount = '';
    this.step = c.currentRoute?.nextSteps[0] ?? '';
    this.feeDeferred = false;
  }

  route(c: BacklogCaseDto): void {
    this.act(this.api.route(c.id, { channel: this.channel || null, reason: this.routeReason.trim() || null }));
  }

  record(c: BacklogCaseDto): void {
    const last = this.isLastStep(c);
    const filing = c.currentRoute?.channel === 'litigation' && this.step === 'filed';
    this.act(
      this.api.step(c.id, {
        step: this.step || null,
        note: this.note.trim() || null,
        settled: last && this.settled ? this.settled === 'yes' : null,
        amountRecovered: last ? parseAmount(this.amount) : null,
        feeDeferred: filing ? this.feeDeferred : null,
      }),
    );
  }

  private act(call: ReturnType<BacklogApi['route']>): void {
    this.busy.set(true);
    this.actError.set(null);
    call.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: updated => {
        this.busy.set(false);
        this.acting.set(null);
        this.cases.update(list => list.map(x => (x.id === updated.id ? updated : x)));
      },
      error: e => {
        this.busy.set(false);
        this.actError.set(this.message(e));
      },
    });
  }

  private message(e: unknown): string {
    return serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error');
  }
}
