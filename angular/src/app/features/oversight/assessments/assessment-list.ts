import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { AssessmentDto, AssessmentLineDto, AssessmentRowDto, AssessmentSummaryDto } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { OVERSIGHT_ASSESS_POLICY } from '../oversight.feature';
import { OversightTabs } from '../oversight-tabs';
import { AssessmentApi } from './assessment-api';

const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;

const GRADE_KEYS: Record<string, string> = {
  excellent: 'Dalad::Assessments:Grade:Excellent',
  good: 'Dalad::Assessments:Grade:Good',
  pass: 'Dalad::Assessments:Grade:Pass',
  fail: 'Dalad::Assessments:Grade:Fail',
};
const KIND_KEYS: Record<string, string> = { body: 'Dalad::Assessments:Kind:Body', township: 'Dalad::Assessments:Kind:Township' };
const LINE_KEYS: Record<string, string> = {
  'in-time': 'Dalad::Assessments:Line:InTime',
  satisfaction: 'Dalad::Assessments:Line:Satisfaction',
  'false-closures': 'Dalad::Assessments:Line:FalseClosures',
  'off-platform-projects': 'Dalad::Assessments:Line:OffPlatformProjects',
  'missed-inspections': 'Dalad::Assessments:Line:MissedInspections',
  'late-supervisions': 'Dalad::Assessments:Line:LateSupervisions',
};
const ACTION_KEYS: Record<string, string> = {
  praise: 'Dalad::Assessments:Action:Praise',
  rectification: 'Dalad::Assessments:Action:Rectification',
};
const STATUS_KEYS: Record<string, string> = { open: 'Dalad::Assessments:Status:Open', done: 'Dalad::Assessments:Status:Done' };

/** The text key of a grade, a subject kind, a line, an action kind or an action status (unknown values fall back to the value itself). */
export const gradeKey = (g: string): string => GRADE_KEYS[g] ?? g;
export const kindKey = (k: string): string => KIND_KEYS[k] ?? k;
export const lineKey = (k: string): string => LINE_KEYS[k] ?? k;
export const actionKey = (k: string): string => ACTION_KEYS[k] ?? k;
export const actionStatusKey = (k: string): string => STATUS_KEYS[k] ?? k;

/** A line's evidence as the reader sees it: "3/4 = 75.0%", a count, or "no data source yet". */
export function lineEvidence(line: AssessmentLineDto): { key: string; value: string | null } {
  if (!line.known) return { key: 'Dalad::Assessments:Unknown', value: null };
  if (line.of !== null && line.of !== undefined) {
    const rate = line.rate === null || line.rate === undefined ? '—' : `${(line.rate * 100).toFixed(1)}%`;
    return { key: 'Dalad::Assessments:Rate', value: `${line.count}/${line.of} = ${rate}` };
  }
  return { key: 'Dalad::Assessments:Count', value: `${line.count}` };
}

const GRADE_COLORS: Record<string, string> = { excellent: '#2f9e44', good: '#1971c2', pass: '#868e96', fail: '#e03131' };

/**
 * The ECharts options of the score chart: one bar per subject in rank order, coloured by its grade, the deductions of
 * the year beside the score in the tooltip. `label` turns a localization key into text.
 */
export const byRank = (rows: AssessmentRowDto[]): AssessmentRowDto[] => [...rows].sort((a, b) => a.rank - b.rank);

export function scoreChartOptions(rows: AssessmentRowDto[], label: (key: string) => string) {
  const ranked = byRank(rows);
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const r = ranked[p.dataIndex];
        const deductions = r.lines.reduce((sum, line) => sum + line.deduction, 0);
        return `${r.rank}. ${r.name}<br/>${label('Dalad::Assessments:Score')} ${r.score.toFixed(2)} · ${label(gradeKey(r.grade))}` +
          `<br/>${label('Dalad::Assessments:Deduction')} ${deductions}`;
      },
    },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', inverse: true, data: ranked.map(r => r.name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: label('Dalad::Assessments:Score'),
        data: ranked.map(r => ({ value: Math.round(r.score * 100) / 100, itemStyle: { color: GRADE_COLORS[r.grade] ?? '#868e96' } })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => p.value.toFixed(1) },
      },
    ],
  };
}

/**
 * The annual assessment: compute a year (the joint office), each body's and township's score, grade and rank with the
 * evidence of every line, the grades' spread, and the praise and rectifications tracked to done.
 */
@Component({
  selector: 'dalad-assessment-list',
  imports: [PageHeader, OversightTabs, LocalizationPipe, FormsModule, DecimalPipe, RouterLink, NgxEchartsDirective],
  templateUrl: './assessment-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssessmentList implements OnInit {
  private readonly api = inject(AssessmentApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  readonly canAssess = inject(PermissionService).getGrantedPolicy(OVERSIGHT_ASSESS_POLICY);
  readonly evidence = lineEvidence;
  readonly gradeKey = gradeKey;
  readonly kindKey = kindKey;
  readonly lineKey = lineKey;
  readonly actionKey = actionKey;
  readonly statusKey = actionStatusKey;
  readonly grades = GRADES;

  readonly list = signal<AssessmentSummaryDto[]>([]);
  readonly current = signal<AssessmentDto | null>(null);
  readonly open = signal<string | null>(null);
  readonly error = signal<string | null>(null);
  readonly busy = signal(false);
  readonly loading = signal(true);
  year = new Date().getFullYear();

  actionText = '';
  readonly acting = signal<string | null>(null);
  readonly completing = signal<string | null>(null);
  note = '';

  /** How many subjects got each grade (the bar of the page). */
  readonly spread = computed(() => {
    const rows = this.current()?.rows ?? [];
    const total = rows.length || 1;
    return GRADES.map(g => {
      const n = rows.filter(r => r.grade === g).length;
      return { grade: g, count: n, percent: Math.round((n * 100) / total) };
    });
  });

  /** Every subject's score as a bar in rank order, coloured by grade; a click opens the subject's evidence. */
  readonly scoreChart = computed(() => scoreChartOptions(this.current()?.rows ?? [], key => this.l.instant(key)));

  readonly scoreChartHeight = computed(() => `${Math.max(160, 32 + (this.current()?.rows.length ?? 0) * 22)}px`);

  openFromChart(event: { dataIndex?: number }): void {
    const row = event.dataIndex === undefined ? undefined : byRank(this.current()?.rows ?? [])[event.dataIndex];
    if (row) this.open.set(`${row.kind}:${row.code}`);
  }

  ngOnInit(): void {
    this.api
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: list => {
          this.list.set(list);
          this.loading.set(false);
          if (list.length > 0) this.select(list[0].id);
        },
        error: e => this.fail(e),
      });
  }

  select(id: string): void {
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: a => this.current.set(a), error: e => this.fail(e) });
  }

  compute(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api
      .compute(this.year)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: a => {
          this.busy.set(false);
          this.current.set(a);
          this.ngOnInit();
        },
        error: e => {
          this.busy.set(false);
          this.fail(e);
        },
      });
  }

  download(a: AssessmentDto): void {
    this.api
      .xlsx(a.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: blob => {
          const url = URL.createObjectURL(blob);
          const link = document.createElement('a');
          link.href = url;
          link.download = `assessment-${a.year}.xlsx`;
          link.click();
          URL.revokeObjectURL(url);
        },
        error: e => this.fail(e),
      });
  }

  toggle(row: AssessmentRowDto): void {
    const key = `${row.kind}:${row.code}`;
    this.open.set(this.open() === key ? null : key);
  }

  isOpen(row: AssessmentRowDto): boolean {
    return this.open() === `${row.kind}:${row.code}`;
  }

  actionFor(row: AssessmentRowDto): 'praise' | 'rectification' | null {
    if (row.grade === 'excellent') return 'praise';
    if (row.grade === 'fail') return 'rectification';
    return null;
  }

  startAction(row: AssessmentRowDto): void {
    this.acting.set(`${row.kind}:${row.code}`);
    this.actionText = '';
  }

  sendAction(row: AssessmentRowDto): void {
    const a = this.current();
    const kind = this.actionFor(row);
    if (!a || !kind) return;
    this.busy.set(true);
    this.api
      .addAction(a.id, { subjectCode: row.code, subjectKind: row.kind, kind, text: this.actionText, dueOn: null })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.acting.set(null);
          this.select(a.id);
        },
        error: e => {
          this.busy.set(false);
          this.fail(e);
        },
      });
  }

  complete(actionId: string): void {
    const a = this.current();
    if (!a) return;
    this.busy.set(true);
    this.api
      .complete(actionId, this.note)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.completing.set(null);
          this.note = '';
          this.select(a.id);
        },
        error: e => {
          this.busy.set(false);
          this.fail(e);
        },
      });
  }

  private fail(e: unknown): void {
    this.loading.set(false);
    this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Assessments:Error'));
  }
}
