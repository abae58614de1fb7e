import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { catchError, forkJoin, of } from 'rxjs';
import { Loading } from '../../../shared/loading/loading';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { BoardList, CaseBoard, CasesApi, FalseClosures, RepeatedTransfer } from '../cases-api';
import { labelKey, OWNER_ROLE_KEYS, STATUS_KEYS, STEP_KEYS } from '../cases-labels';
import { formatBeijing } from '../cases-logic';
import { CaseCountdown } from '../shared/case-countdown';
import { CaseDirectory } from '../shared/case-directory';
import { CHANNEL_KEYS } from '../../intake/intake-labels';
import { CasesTabs } from '../shared/cases-tabs';

/**
 * The supervision board: overdue cases most late first with the bodies reminded, cases due within a working day,
 * possibly false closures per resolving body and repeatedly transferred cases. The server scopes it:
 * the joint office sees every case, a body its own. Each case list comes a page at a time ("load more" reads the next by
 * its cursor) with the server's count, which stops at 1,000 ("1000+").
 */
@Component({
  selector: 'dalad-cases-board',
  imports: [PageHeader, LocalizationPipe, RouterLink, Loading, CaseCountdown, CasesTabs],
  templateUrl: './cases-board.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasesBoard implements OnInit {
  private readonly api = inject(CasesApi);
  private readonly directory = inject(CaseDirectory);
  private readonly destroyRef = inject(DestroyRef);

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly board = signal<CaseBoard>({
    overdue: [],
    dueSoon: [],
    overdueLeads: [],
    overdueCount: 0,
    overdueCountIsLowerBound: false,
    overdueNextCursor: null,
    dueSoonCount: 0,
    dueSoonCountIsLowerBound: false,
    dueSoonNextCursor: null,
  });
  /** The list whose next page is being read. */
  readonly loadingMore = signal<BoardList | null>(null);
  readonly falseClosures = signal<FalseClosures>({ byBody: [], items: [] });
  readonly transfers = signal<RepeatedTransfer[]>([]);
  private readonly bodyNames = signal<Map<string, string>>(new Map());

  ngOnInit(): void {
    this.directory
      .bodies()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(bodies => this.bodyNames.set(new Map(bodies.map(b => [b.code, b.name]))));
    forkJoin({
      board: this.api.getBoard(),
      // The two lists beside the board are extras: the board shows without them.
      falseClosures: this.api.getFalseClosures().pipe(catchError(() => of({ byBody: [], items: [] } as FalseClosures))),
      transfers: this.api.getRepeatedTransfers().pipe(catchError(() => of([] as RepeatedTransfer[]))),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: r => {
          this.board.set(r.board);
          this.falseClosures.set(r.falseClosures);
          this.transfers.set(r.transfers);
          this.loading.set(false);
        },
        error: e => {
          this.loading.set(false);
          this.error.set(serverErrorMessage(e) ?? '');
        },
      });
  }

  /** Appends the next page of one list (its cursor from the last answer); the other list stays as it is. */
  more(list: BoardList): void {
    const current = this.board();
    const cursor = list === 'overdue' ? current.overdueNextCursor : current.dueSoonNextCursor;
    if (!cursor || this.loadingMore()) {
      return;
    }
    this.loadingMore.set(list);
    this.api
      .getBoard(list, cursor)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: page => {
          const b = this.board();
          this.board.set(
            list === 'overdue'
              ? { ...b, overdue: [...b.overdue, ...page.overdue], overdueCount: page.overdueCount, overdueCountIsLowerBound: page.overdueCountIsLowerBound, overdueNextCursor: page.overdueNextCursor }
              : { ...b, dueSoon: [...b.dueSoon, ...page.dueSoon], dueSoonCount: page.dueSoonCount, dueSoonCountIsLowerBound: page.dueSoonCountIsLowerBound, dueSoonNextCursor: page.dueSoonNextCursor },
          );
          this.loadingMore.set(null);
        },
        error: e => {
          this.loadingMore.set(null);
          this.error.set(serverErrorMessage(e) ?? '');
        },
      });
  }

  /** A list's count as the server gave it: "1000+" when it stopped counting. */
  countLabel(count: number, isLowerBound: boolean): string {
    return isLowerBound ? `${count}+` : `${count}`;
  }

  bodyName(code: string): string {
    return this.bodyNames().get(code) ?? code;
  }

  bodyNamesOf(codes: string[]): string {
    return codes.map(code => this.bodyName(code)).join(', ');
  }

  stepKey(code: string | null | undefined): string {
    return labelKey(STEP_KEYS, code);
  }

  channelKey(code: string): string {
    return labelKey(CHANNEL_KEYS, code);
  }

  statusKey(code: string): string {
    return labelKey(STATUS_KEYS, code);
  }

  roleKey(code: string): string {
    return labelKey(OWNER_ROLE_KEYS, code);
  }

  beijing(value: string | null | undefined): string {
    return formatBeijing(value);
  }
}
