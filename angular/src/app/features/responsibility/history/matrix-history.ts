import { LocalizationPipe, LocalizationService } from '@abp/ng.core';
import { BeijingPipe } from '../../../shared/beijing-time';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { bodyKindText } from '../../../shared/body-kind';
import { Loading } from '../../../shared/loading/loading';
import { MatrixApi } from '../data/matrix-api';
import { Body, MatrixChange, PagedResult } from '../data/matrix.models';
import { actionText, ENTITY_TYPES, entityTypeText, fieldText, territoryKindText } from '../shared/labels';
import { Pager } from '../../../shared/pager/pager';
import { Problem, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { ChangePart, changeSubject, describeChange } from './describe-change';

export const HISTORY_PAGE_SIZE = 20;

interface HistoryRow {
  change: MatrixChange;
  subject: string;
  parts: ChangePart[];
}

/**
 * The matrix's change log, newest first: who changed what, when, and on which basis. Filtered by
 * kind of object and by body; a territory page links here with its own code.
 */
@Component({
  selector: 'dalad-matrix-history',
  imports: [LocalizationPipe, BeijingPipe, FormsModule, RouterLink, Loading, Pager, ProblemAlert],
  templateUrl: './matrix-history.html',
  styleUrl: './matrix-history.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatrixHistory implements OnInit {
  private readonly api = inject(MatrixApi);
  private readonly localization = inject(LocalizationService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly pageSize = HISTORY_PAGE_SIZE;
  protected readonly entityTypes = Object.keys(ENTITY_TYPES);
  protected readonly entityTypeText = entityTypeText;
  protected readonly actionText = actionText;
  protected readonly fieldText = fieldText;

  protected readonly entityType = signal('');
  protected readonly entityKey = signal('');
  protected readonly bodyCode = signal('');
  protected readonly page = signal(1);

  protected readonly bodies = signal<Body[]>([]);
  protected readonly rows = signal<HistoryRow[] | null>(null);
  protected readonly totalCount = signal(0);
  protected readonly loading = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  ngOnInit(): void {
    const query = this.route.snapshot.queryParamMap;
    this.entityType.set(query.get('entityType') ?? '');
    this.entityKey.set(query.get('entityKey') ?? '');
    this.bodyCode.set(query.get('bodyCode') ?? '');
    this.page.set(Math.max(1, Number(query.get('page')) || 1));
    // Body names for the filter and the rows; the log itself only has codes.
    this.api
      .getBodies({ maxResultCount: 1000 })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: result => this.bodies.set(result.items), error: () => this.bodies.set([]) });
    this.load();
  }

  search(): void {
    this.page.set(1);
    this.load();
  }

  clearEntityKey(): void {
    this.entityKey.set('');
    this.search();
  }

  goToPage(page: number): void {
    this.page.set(page);
    this.load();
  }

  load(): void {
    this.router.navigate([], {
      relativeTo: this.route,
      replaceUrl: true,
      queryParams: {
        entityType: this.entityType() || null,
        entityKey: this.entityKey() || null,
        bodyCode: this.bodyCode() || null,
        page: this.page() > 1 ? this.page() : null,
      },
    });
    this.loading.set(true);
    this.problem.set(null);
    this.api
      .getHistory({
        entityType: this.entityType() || undefined,
        entityKey: this.entityKey() || undefined,
        bodyCode: this.bodyCode() || undefined,
        skipCount: (this.page() - 1) * this.pageSize,
        maxResultCount: this.pageSize,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result: PagedResult<MatrixChange>) => {
          this.rows.set(result.items.map(change => ({ change, subject: changeSubject(change), parts: describeChange(change) })));
          this.totalCount.set(result.totalCount);
          this.loading.set(false);
        },
        error: error => {
          this.problem.set(toProblem(error));
          this.loading.set(false);
        },
      });
  }

  bodyName(code: string): string {
    return this.bodies().find(b => b.code === code)?.name ?? code;
  }

  /** A field's value as the user reads it: kinds by their label, bodies by their name. */
  display(field: string, value: string | undefined, change: MatrixChange): string {
    if (!value) {
      return '';
    }
    if (field === 'bodyCode') {
      return this.bodyName(value);
    }
    if (field === 'kind') {
      const label = change.entityType === 'Territory' ? territoryKindText(value) : bodyKindText(value);
      return this.localization.instant(label);
    }
    return value;
  }
}
