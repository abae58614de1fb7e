import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { DrawDto, DrawPickDto, DrawSummaryDto } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { OVERSIGHT_DRAW_POLICY } from '../oversight.feature';
import { OversightTabs } from '../oversight-tabs';
import { DrawApi } from './draw-api';
import { DRAW_OUTCOMES, outcomeKey } from './outcomes';

/** Random inspections: make a draw from a published seed, see who was drawn and which inspectors go, record each inspection's result. */
@Component({
  selector: 'dalad-draw-list',
  imports: [PageHeader, OversightTabs, LocalizationPipe, FormsModule, RouterLink],
  templateUrl: './draw-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DrawList implements OnInit {
  private readonly api = inject(DrawApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  readonly canDraw = inject(PermissionService).getGrantedPolicy(OVERSIGHT_DRAW_POLICY);
  readonly outcomes = DRAW_OUTCOMES;
  readonly outcomeKey = outcomeKey;

  readonly list = signal<DrawSummaryDto[]>([]);
  readonly current = signal<DrawDto | null>(null);
  readonly error = signal<string | null>(null);
  readonly busy = signal(false);
  readonly loading = signal(true);

  title = '';
  seed = '';
  employers = 5;
  teamSize = 2;

  readonly recording = signal<string | null>(null);
  inspectedOn = '';
  outcome = 'compliant';
  summary = '';

  ngOnInit(): void {
    this.api
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: list => {
          this.loading.set(false);
          this.list.set(list);
        },
        error: e => this.fail(e),
      });
  }

  open(id: string): void {
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: d => this.current.set(d), error: e => this.fail(e) });
  }

  draw(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api
      .draw({ title: this.title, seed: this.seed || null, sections: null, employers: this.employers, teamSize: this.teamSize })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: d => {
          this.busy.set(false);
          this.current.set(d);
          this.ngOnInit();
        },
        error: e => {
          this.busy.set(false);
          this.fail(e);
        },
      });
  }

  startRecord(pick: DrawPickDto): void {
    this.recording.set(pick.creditCode);
    this.inspectedOn = '';
    this.outcome = 'compliant';
    this.summary = '';
  }

  record(pick: DrawPickDto): void {
    const d = this.current();
    if (!d) return;
    this.busy.set(true);
    this.api
      .record(d.id, { creditCode: pick.creditCode, inspectedOn: this.inspectedOn, outcome: this.outcome, summary: this.summary })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: updated => {
          this.busy.set(false);
          this.recording.set(null);
          this.current.set(updated);
        },
        error: e => {
          this.busy.set(false);
          this.fail(e);
        },
      });
  }

  private fail(e: unknown): void {
    this.loading.set(false);
    this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Draws:Error'));
  }
}
