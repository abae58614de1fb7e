import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { Loading } from '../../../shared/loading/loading';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { Pager } from '../../../shared/pager/pager';
import { CaseDto, CasesApi, SupervisionReminder } from '../cases-api';
import { CASE_STATUSES, labelKey, MY_ROLE_KEYS, STATUS_KEYS, STEP_KEYS } from '../cases-labels';
import { formatBeijing, myRoles } from '../cases-logic';
import { CaseCountdown } from '../shared/case-countdown';
import { CaseDirectory } from '../shared/case-directory';
import { CasesTabs } from '../shared/cases-tabs';

const PAGE_SIZE = 20;
const SUMMARY_LENGTH = 60;

/** My cases: the cases of the user's bodies, most urgent first (the server's order), and the supervision reminders to them. */
@Component({
  selector: 'dalad-cases-inbox',
  imports: [PageHeader, LocalizationPipe, FormsModule, RouterLink, Loading, Pager, CaseCountdown, CasesTabs],
  templateUrl: './cases-inbox.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasesInbox implements OnInit {
  private readonly api = inject(CasesApi);
  private readonly directory = inject(CaseDirectory);
  private readonly destroyRef = inject(DestroyRef);
  private readonly route = inject(ActivatedRoute, { optional: true });

  readonly statuses = CASE_STATUSES.map(code => ({ code, key: STATUS_KEYS[code] }));
  readonly pageSize = PAGE_SIZE;

  status = '';
  filter = '';
  /** A body the list is narrowed to (?bodyCode=, from the command view's figures). */
  bodyCode = '';
  readonly page = signal(1);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly cases = signal<CaseDto[]>([]);
  readonly totalCount = signal(0);
  readonly totalIsLowerBound = signal(false);
  readonly reminders = signal<SupervisionReminder[]>([]);
  /** The open reminders' count as the server gave it (it stops at 1,000), and where the next page starts. */
  readonly reminderCount = signal(0);
  readonly reminderCountIsLowerBound = signal(false);
  readonly remindersNext = signal<string | null>(null);
  readonly loadingReminders = signal(false);

  private readonly myBodyCodes = signal<string[]>([]);
  private readonly bodyNames = signal<Map<string, string>>(new Map());

  readonly rows = computed(() =>
    this.cases().map(c => ({
      c,
      summary: c.text.length > SUMMARY_LENGTH ? `${c.text.slice(0, SUMMARY_LENGTH)}…` : c.text,
      roles: myRoles(c.assignments, c.clock?.leadRole, this.myBodyCodes()),
      due: formatBeijing(c.clock?.dueAt),
    })),
  );

  ngOnInit(): void {
    const query = this.route?.snapshot.queryParamMap;
    this.bodyCode = query?.get('bodyCode') ?? '';
    this.status = query?.get('status') ?? '';
    this.directory
      .mine()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(mine => this.myBodyCodes.set(mine.bodyCodes));
    this.directory
      .bodies()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(bodies => this.bodyNames.set(new Map(bodies.map(b => [b.code, b.name]))));
    this.moreReminders();
    this.load();
  }

  /** The next page of the open reminders ("load more"); the first page when none was read yet. */
  moreReminders(): void {
    if (this.loadingReminders() || (this.reminders().length > 0 && !this.remindersNext())) {
      return;
    }
    this.loadingReminders.set(true);
    this.api
      .getReminders(true, this.remindersNext() ?? undefined)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: page => {
          this.reminders.set([...this.reminders(), ...page.items]);
          this.reminderCount.set(page.totalCount);
          this.reminderCountIsLowerBound.set(page.totalCountIsLowerBound);
          this.remindersNext.set(page.nextCursor ?? null);
          this.loadingReminders.set(false);
        },
        error: () => this.loadingReminders.set(false),
      });
  }

  clearBody(): void {
    this.bodyCode = '';
    this.search();
  }

  search(): void {
    this.page.set(1);
    this.load();
  }

  goTo(page: number): void {
    this.page.set(page);
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .list({
        status: this.status,
        filter: this.filter,
        ...(this.bodyCode ? { bodyCode: this.bodyCode } : {}),
        skipCount: (this.page() - 1) * PAGE_SIZE,
        maxResultCount: PAGE_SIZE,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: page => {
          this.cases.set(page.items);
          this.totalCount.set(page.totalCount);
          this.totalIsLowerBound.set(page.totalCountIsLowerBound ?? false);
          this.loading.set(false);
        },
        error: e => {
          this.loading.set(false);
          this.error.set(serverErrorMessage(e) ?? '');
        },
      });
  }

  bodyName(code: string): string {
    return this.bodyNames().get(code) ?? code;
  }

  statusKey(code: string): string {
    return labelKey(STATUS_KEYS, code);
  }

  stepKey(code: string | null | undefined): string {
    return labelKey(STEP_KEYS, code);
  }

  roleKey(role: string): string {
    return MY_ROLE_KEYS[role];
  }

  beijing(value: string | null | undefined): string {
    return formatBeijing(value);
  }
}
