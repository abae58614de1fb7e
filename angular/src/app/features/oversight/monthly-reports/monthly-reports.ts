import { LocalizationPipe, LocalizationService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { CaseFactsDto, MonthlyReportDto, MonthlyReportSummaryDto } from '../../../proxy/generated/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { OversightTabs } from '../oversight-tabs';
import { MonthlyReportApi } from './monthly-report-api';

const STEP_KEYS: Record<string, string> = {
  receive: 'Dalad::MonthlyReports:Step:Receive',
  accept: 'Dalad::MonthlyReports:Step:Accept',
  handle: 'Dalad::MonthlyReports:Step:Handle',
  visit: 'Dalad::MonthlyReports:Step:Visit',
};

export function stepKey(step: string): string {
  return STEP_KEYS[step] ?? 'Dalad::MonthlyReports:Step:Handle';
}

/**
 * The monthly reports to the discipline commission, read-only: the list, one report as stored (figures frozen when generated), the cases it
 * names opened in place (read-only facts, whatever body owns them), and the xlsx and PDF made by the server.
 */
@Component({
  selector: 'dalad-monthly-reports',
  imports: [PageHeader, OversightTabs, LocalizationPipe],
  templateUrl: './monthly-reports.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthlyReports implements OnInit {
  private readonly api = inject(MonthlyReportApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly l = inject(LocalizationService);

  readonly format = formatBeijing;
  readonly stepKey = stepKey;
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly items = signal<MonthlyReportSummaryDto[]>([]);
  readonly report = signal<MonthlyReportDto | null>(null);
  readonly facts = signal<CaseFactsDto | null>(null);
  readonly busy = signal(false);

  ngOnInit(): void {
    this.api
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: items => {
          this.items.set(items);
          this.loading.set(false);
          if (items.length > 0) this.open(items[0].month);
        },
        error: e => {
          this.error.set(this.failed(e));
          this.loading.set(false);
        },
      });
  }

  open(month: string): void {
    this.facts.set(null);
    this.api
      .get(month)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: r => this.report.set(r), error: e => this.error.set(this.failed(e)) });
  }

  openCase(caseId: string): void {
    const r = this.report();
    if (!r) return;
    this.api
      .caseFacts(r.month, caseId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: f => this.facts.set(f), error: e => this.error.set(this.failed(e)) });
  }

  download(kind: 'xlsx' | 'pdf'): void {
    const r = this.report();
    if (!r) return;
    this.busy.set(true);
    this.api
      .file(r.month, kind)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: blob => {
          const url = URL.createObjectURL(blob);
          const a = document.createElement('a');
          a.href = url;
          a.download = `monthly-report-${r.month}.${kind}`;
          a.click();
          URL.revokeObjectURL(url);
          this.busy.set(false);
        },
        error: e => {
          this.error.set(this.failed(e));
          this.busy.set(false);
        },
      });
  }

  private failed(e: unknown): string {
    return serverErrorMessage(e) ?? this.l.instant('Dalad::MonthlyReports:LoadFailed');
  }

  percent(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
  }
}
