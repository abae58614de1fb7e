import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { forkJoin, map, of, switchMap } from 'rxjs';
import { Loading } from '../../shared/loading/loading';
import { PageHeader } from '../../shared/page-header/page-header';
import { beijingMinute } from '../calendar/calendar-logic';
import { formatBeijing, parseServerTime } from '../../shared/beijing-time';
import { serverErrorMessage } from '../../shared/server-error';
import { IntakeApi, LeadDto } from './intake-api';
import { CHANNEL_KEYS, labelKey } from './intake-labels';
import { LeadClock, leadClock } from './intake-logic';

interface PendingRow {
  lead: LeadDto;
  receivedAt: string;
  clock: LeadClock;
}

const CLOCK_KEYS: Record<LeadClock['state'], string> = {
  'on-time': 'Dalad::Intake:Pending:OnTime',
  'due-soon': 'Dalad::Intake:Pending:DueToday',
  overdue: 'Dalad::Intake:Pending:Overdue',
};

/** The pending-leads desk: the leads waiting for the dispatcher, oldest first, each one click from its confirm form. */
@Component({
  selector: 'dalad-pending-leads',
  imports: [PageHeader, LocalizationPipe, RouterLink, Loading],
  templateUrl: './pending-leads.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PendingLeads implements OnInit {
  private readonly api = inject(IntakeApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly rows = signal<PendingRow[] | null>(null);
  readonly total = signal(0);
  readonly error = signal<{ text?: string; key?: string } | null>(null);

  ngOnInit(): void {
    const now = beijingMinute(new Date());
    this.api
      .getPendingLeads()
      .pipe(
        switchMap(page => {
          this.total.set(page.totalCount);
          // One question to the calendar per day of receipt, not per lead.
          const days = [...new Set(page.items.map(lead => beijingMinute(new Date(parseServerTime(lead.receivedAt))).slice(0, 10)))];
          const ages = days.length
            ? forkJoin(days.map(day => this.api.workingDaysBetween(`${day}T00:00`, now).pipe(map(r => [day, r.workingDays] as const))))
            : of([] as (readonly [string, number])[]);
          return ages.pipe(map(pairs => ({ items: page.items, since: new Map(pairs) })));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ items, since }) =>
          this.rows.set(
            items.map(lead => ({
              lead,
              receivedAt: formatBeijing(lead.receivedAt),
              clock: leadClock(since.get(beijingMinute(new Date(parseServerTime(lead.receivedAt))).slice(0, 10)) ?? 0),
            })),
          ),
        error: e => {
          const text = serverErrorMessage(e);
          this.error.set(text ? { text } : { key: 'Dalad::Intake:Error' });
          this.rows.set([]);
        },
      });
  }

  channelKey(code: string): string {
    return labelKey(CHANNEL_KEYS, code);
  }

  clockKey(clock: LeadClock): string {
    return CLOCK_KEYS[clock.state];
  }
}
