import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Observable } from 'rxjs';
import type { DisclosureDto } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import {
  codeKey,
  DISCLOSURE_KIND_KEYS,
  DISCLOSURE_STATUS_KEYS,
  DisclosureFundApi,
  previousQuarter,
  QUARTERS,
  quarterOf,
  recentYears,
} from '../disclosure-fund-api';
import { DISCLOSURES_APPROVE_POLICY, DISCLOSURES_COMPILE_POLICY } from '../enforcement.feature';
import { beijingToday } from '../enforcement-logic';

/**
 * HRSS's side of the quarterly disclosure: compile a quarter's draft from the listings and penalty decisions of the
 * quarter (again while it is a draft), read what would be published, approve it, which makes it public on /disclosures.
 */
@Component({
  selector: 'dalad-disclosures-page',
  imports: [PageHeader, LocalizationPipe, FormsModule],
  templateUrl: './disclosures-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DisclosuresPage implements OnInit {
  private readonly api = inject(DisclosureFundApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly permissions = inject(PermissionService);

  readonly canCompile = this.permissions.getGrantedPolicy(DISCLOSURES_COMPILE_POLICY);
  readonly canApprove = this.permissions.getGrantedPolicy(DISCLOSURES_APPROVE_POLICY);
  readonly years = recentYears(beijingToday());
  readonly quarters = QUARTERS;
  readonly kindKey = (kind: string) => codeKey(DISCLOSURE_KIND_KEYS, kind);
  readonly statusKey = (status: string) => codeKey(DISCLOSURE_STATUS_KEYS, status);

  year: number;
  quarter: number;

  readonly loading = signal(true);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly disclosures = signal<DisclosureDto[]>([]);

  constructor() {
    const last = previousQuarter(quarterOf(beijingToday()));
    this.year = last.year;
    this.quarter = last.quarter;
  }

  ngOnInit(): void {
    this.api
      .disclosures()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: list => {
          this.loading.set(false);
          this.disclosures.set(list);
        },
        error: e => {
          this.loading.set(false);
          this.fail(e);
        },
      });
  }

  day(utc: string | null | undefined): string {
    return utc ? beijingToday(new Date(utc)) : '';
  }

  compile(): void {
    this.run(this.api.compile({ year: this.year, quarter: this.quarter }));
  }

  approve(d: DisclosureDto): void {
    this.run(this.api.approve(d.id));
  }

  private run(request: Observable<DisclosureDto>): void {
    this.busy.set(true);
    this.error.set(null);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: d => {
        this.busy.set(false);
        // One row per quarter: a recompiled or approved quarter replaces its row, the newest quarter first.
        this.disclosures.update(list =>
          [d, ...list.filter(x => x.id !== d.id && !(x.year === d.year && x.quarter === d.quarter))].sort(
            (a, b) => b.year - a.year || b.quarter - a.quarter,
          ),
        );
      },
      error: e => {
        this.busy.set(false);
        this.fail(e);
      },
    });
  }

  private fail(e: unknown): void {
    this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
  }
}
