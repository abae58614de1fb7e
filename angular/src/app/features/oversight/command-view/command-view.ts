import { LocalizationPipe, LocalizationService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { FigureRowDto, FiguresDto, TerritoryCellDto } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { OversightApi } from '../oversight-api';
import { OversightTabs } from '../oversight-tabs';
import { saveFile } from '../../../shared/save-file';
import { formatBeijing } from '../../../shared/beijing-time';

/** A rate (0–1) as a percentage with one decimal, or a dash when nothing was judged. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** The heat level (0–4) of a territory's open cases against the busiest territory. */
export function heatLevel(open: number, max: number): number {
  if (open <= 0 || max <= 0) {
    return 0;
  }
  return Math.min(4, Math.max(1, Math.ceil((open / max) * 4)));
}

/** Today's Beijing date and the first of its month, yyyy-MM-dd. */
function beijingMonth(now = new Date()): { from: string; to: string } {
  const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/**
 * The joint office's command view (a body's leader gets the same, scoped by the server to his bodies): a bar per body
 * (steps in time vs overdue), the monthly trend, the 17 territories coloured by open cases, and the table; each
 * figure links to the cases behind it. The table exports to Excel.
 */
@Component({
  selector: 'dalad-command-view',
  imports: [PageHeader, OversightTabs, LocalizationPipe, FormsModule, RouterLink, NgxEchartsDirective],
  templateUrl: './command-view.html',
  styleUrl: './command-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommandView implements OnInit {
  private readonly api = inject(OversightApi);
  private readonly l = inject(LocalizationService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  from = beijingMonth().from;
  to = beijingMonth().to;
  readonly loading = signal(true);
  readonly exporting = signal(false);
  readonly error = signal<string | null>(null);
  readonly figures = signal<FiguresDto | null>(null);
  readonly percent = percent;
  /** Whole past months come from the monthly roll-up: the moment they are right as of (Beijing time), or '' when all is live. */
  readonly asOf = computed(() => formatBeijing(this.figures()?.asOf));

  readonly maxOpen = computed(() => Math.max(0, ...(this.figures()?.territories ?? []).map(t => t.openCases)));

  readonly bodyChart = computed(() => {
    const rows = this.figures()?.bodies ?? [];
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(r => r.name), inverse: true, axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        { name: this.l.instant('Dalad::CommandView:InTime'), type: 'bar', stack: 'steps', color: '#2f9e44', data: rows.map(inTime) },
        { name: this.l.instant('Dalad::CommandView:Overdue'), type: 'bar', stack: 'steps', color: '#e03131', data: rows.map(overdue) },
      ],
    };
  });

  readonly bodyChartHeight = computed(() => `${Math.max(160, 48 + (this.figures()?.bodies.length ?? 0) * 28)}px`);

  readonly trendChart = computed(() => {
    const months = this.figures()?.months ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map(m => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: this.l.instant('Dalad::CommandView:Received'), type: 'line', color: '#1c7ed6', data: months.map(m => m.received) },
        { name: this.l.instant('Dalad::CommandView:Overdue'), type: 'line', color: '#e03131', data: months.map(m => m.overdue) },
        { name: this.l.instant('Dalad::CommandView:Closed'), type: 'line', color: '#2f9e44', data: months.map(m => m.closed) },
      ],
    };
  });

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .figures({ from: this.from, to: this.to })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: f => {
          this.figures.set(f);
          this.loading.set(false);
        },
        error: e => {
          this.loading.set(false);
          this.figures.set(null);
          this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::CommandView:Error'));
        },
      });
  }

  exportXlsx(): void {
    this.exporting.set(true);
    this.api
      .figuresXlsx({ from: this.from, to: this.to })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: blob => {
          this.exporting.set(false);
          saveFile(blob, `figures-${this.from}-${this.to}.xlsx`);
        },
        error: e => {
          this.exporting.set(false);
          this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::CommandView:Error'));
        },
      });
  }

  /** A click on a body's bar opens that body's cases. */
  openBody(event: { dataIndex?: number }): void {
    const row = this.figures()?.bodies[event.dataIndex ?? -1];
    if (row) {
      void this.router.navigate(['/cases'], { queryParams: { bodyCode: row.code } });
    }
  }

  level(cell: TerritoryCellDto): number {
    return heatLevel(cell.openCases, this.maxOpen());
  }
}

function inTime(r: FigureRowDto): number {
  return r.receiveInTime + r.acceptInTime + r.handleInTime;
}

function overdue(r: FigureRowDto): number {
  return r.receiveOverdue + r.acceptOverdue + r.handleOverdue;
}
