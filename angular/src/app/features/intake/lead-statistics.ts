import { LocalizationPipe } from '@abp/ng.core';
import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Loading } from '../../shared/loading/loading';
import { PageHeader } from '../../shared/page-header/page-header';
import { serverErrorMessage } from '../../shared/server-error';
import { IntakeApi, LeadStatistics } from './intake-api';
import { CHANNEL_KEYS, labelKey } from './intake-labels';

/**
 * Lead statistics for the 12345 centre and HRSS (every desk's leads, counts only): the banner-wide summary, the share
 * routed without correction, and the counts by channel, territory, sector and day. The server aggregates; tables only.
 */
@Component({
  selector: 'dalad-lead-statistics',
  imports: [PageHeader, LocalizationPipe, Loading, FormsModule, DecimalPipe, PercentPipe],
  templateUrl: './lead-statistics.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LeadStatisticsPage implements OnInit {
  private readonly api = inject(IntakeApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly stats = signal<LeadStatistics | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  from = '';
  to = '';

  ngOnInit(): void {
    this.load();
  }

  /** Empty dates: the server's default period (the last 30 days). */
  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .getStatistics(this.from || undefined, this.to || undefined)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: s => {
          this.stats.set(s);
          this.from = s.from;
          this.to = s.to;
          this.loading.set(false);
        },
        error: e => {
          this.error.set(serverErrorMessage(e) ?? '');
          this.loading.set(false);
        },
      });
  }

  channelKey(code: string): string {
    return labelKey(CHANNEL_KEYS, code);
  }
}
