import { LocalizationPipe } from '@abp/ng.core';
import { BeijingPipe } from '../../../shared/beijing-time';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { bodyKindText } from '../../../shared/body-kind';
import { Loading } from '../../../shared/loading/loading';
import { MatrixApi } from '../data/matrix-api';
import { MatrixSnapshot } from '../data/matrix.models';
import { territoryKindText } from '../shared/labels';
import { Problem, toProblem } from '../shared/problem';
import { Pager } from '../../../shared/pager/pager';
import { ProblemAlert } from '../shared/problem-alert';

export type AsOfSection = 'scope' | 'bodies' | 'territories';

/** Rows per page of each section (the whole matrix has some 200 scope items). */
export const AS_OF_PAGE_SIZE = 50;

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `yyyy-MM-ddTHH:mm` of a moment in Beijing time (what a datetime-local field holds). */
export function beijingMinute(moment: Date): string {
  return new Date(moment.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16);
}

function contains(text: string | null | undefined, part: string): boolean {
  return !!text && text.toLowerCase().includes(part);
}

/**
 * The whole matrix as it stood at a moment (Beijing time): bodies, scope items with keywords, and
 * territories with aliases, rebuilt by the server from the change log.
 */
@Component({
  selector: 'dalad-matrix-as-of',
  imports: [LocalizationPipe, BeijingPipe, FormsModule, RouterLink, Loading, Pager, ProblemAlert],
  templateUrl: './matrix-as-of.html',
  styleUrl: './matrix-as-of.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatrixAsOf implements OnInit {
  private readonly api = inject(MatrixApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly bodyKindText = bodyKindText;
  protected readonly territoryKindText = territoryKindText;

  /** The moment asked for, `yyyy-MM-ddTHH:mm` in Beijing time. */
  protected readonly moment = signal('');
  /**
   * Showing the current matrix rather than a moment: the field holds the current minute, which
   * would leave out the changes made since that minute began.
   */
  protected readonly current = signal(true);
  protected readonly section = signal<AsOfSection>('scope');
  protected readonly filter = signal('');
  protected readonly page = signal(1);
  protected readonly pageSize = AS_OF_PAGE_SIZE;
  protected readonly snapshot = signal<MatrixSnapshot | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  private readonly bodyNames = computed(() => new Map((this.snapshot()?.bodies ?? []).map(b => [b.code, b.name])));

  protected readonly counts = computed(() => {
    const s = this.snapshot();
    return {
      bodies: s?.bodies.length ?? 0,
      activeBodies: s?.bodies.filter(b => b.isActive).length ?? 0,
      scopeItems: s?.scopeItems.length ?? 0,
      keywords: s?.scopeItems.reduce((sum, i) => sum + i.keywords.length, 0) ?? 0,
      territories: s?.territories.length ?? 0,
    };
  });

  protected readonly bodies = computed(() => {
    const text = this.filter().trim().toLowerCase();
    return (this.snapshot()?.bodies ?? []).filter(b => !text || contains(b.name, text) || contains(b.code, text));
  });

  protected readonly scopeItems = computed(() => {
    const text = this.filter().trim().toLowerCase();
    return (this.snapshot()?.scopeItems ?? []).filter(
      i =>
        !text ||
        contains(i.sector, text) ||
        contains(this.bodyName(i.bodyCode), text) ||
        i.keywords.some(k => contains(k, text)),
    );
  });

  protected readonly territories = computed(() => {
    const text = this.filter().trim().toLowerCase();
    return (this.snapshot()?.territories ?? []).filter(
      t =>
        !text ||
        contains(t.name, text) ||
        contains(t.code, text) ||
        contains(this.bodyName(t.bodyCode), text) ||
        t.aliases.some(a => contains(a, text)),
    );
  });

  /** The rows of the open section on the current page. */
  protected readonly rows = computed(() => {
    const start = (this.page() - 1) * this.pageSize;
    return {
      scope: this.scopeItems().slice(start, start + this.pageSize),
      bodies: this.bodies().slice(start, start + this.pageSize),
      territories: this.territories().slice(start, start + this.pageSize),
    };
  });

  protected readonly sectionCount = computed(
    () => ({ scope: this.scopeItems(), bodies: this.bodies(), territories: this.territories() })[this.section()].length,
  );

  ngOnInit(): void {
    const at = this.route.snapshot.queryParamMap.get('at');
    this.current.set(!at);
    this.moment.set(at ?? beijingMinute(new Date()));
    this.load();
  }

  /** The user changed the moment. */
  setMoment(moment: string): void {
    this.moment.set(moment);
    this.current.set(false);
  }

  load(): void {
    const moment = this.current() ? '' : this.moment();
    this.router.navigate([], { relativeTo: this.route, replaceUrl: true, queryParams: { at: moment || null } });
    this.loading.set(true);
    this.problem.set(null);
    this.api
      .getMatrix(moment || undefined)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: snapshot => {
          this.snapshot.set(snapshot);
          this.page.set(1);
          this.loading.set(false);
        },
        error: error => {
          this.snapshot.set(null);
          this.problem.set(toProblem(error));
          this.loading.set(false);
        },
      });
  }

  show(section: AsOfSection): void {
    this.section.set(section);
    this.page.set(1);
  }

  setFilter(text: string): void {
    this.filter.set(text);
    this.page.set(1);
  }

  now(): void {
    this.moment.set(beijingMinute(new Date()));
    this.current.set(true);
    this.load();
  }

  bodyName(code: string): string {
    return this.bodyNames().get(code) ?? code;
  }
}
