import { LocalizationPipe, Rest, RestService } from '@abp/ng.core';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, Injector, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { PublicDisclosureDto } from '../../proxy/generated/models';
import { codeKey, DISCLOSURE_KIND_KEYS, previousQuarter, QUARTERS, quarterOf, recentYears } from '../enforcement/disclosure-fund-api';
import { beijingToday } from '../enforcement/enforcement-logic';

/**
 * The quarterly public disclosure of serious wage violations (Dalad plan, section 3.10): pick a year and a quarter, read the
 * decisions HRSS approved for it, download the workbook. No sign-in; the server sends only what may be published (the
 * employer, its credit code, the facts in brief, the decision), never a worker's name or number.
 */
@Component({
  selector: 'dalad-public-disclosures',
  imports: [LocalizationPipe, FormsModule],
  templateUrl: './public-disclosures.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicDisclosures implements OnInit {
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly config: Rest.Config = { apiName: 'default', skipHandleError: true };

  readonly years = recentYears(beijingToday());
  readonly quarters = QUARTERS;
  readonly kindKey = (kind: string) => codeKey(DISCLOSURE_KIND_KEYS, kind);

  year: number;
  quarter: number;

  readonly loading = signal(false);
  /** 'not-published' (the server's 404), 'failed' (anything else), or null. */
  readonly problem = signal<'not-published' | 'failed' | null>(null);
  readonly disclosure = signal<PublicDisclosureDto | null>(null);

  constructor() {
    // The quarter before this one: the latest a disclosure can cover.
    const last = previousQuarter(quarterOf(beijingToday()));
    this.year = last.year;
    this.quarter = last.quarter;
  }

  ngOnInit(): void {
    this.load();
  }

  /** The day it was published, in Beijing. */
  publishedOn(d: PublicDisclosureDto): string {
    return beijingToday(new Date(d.publishedAt));
  }

  exportUrl(d: PublicDisclosureDto): string {
    return `/api/public/disclosures/export?year=${d.year}&quarter=${d.quarter}`;
  }

  load(): void {
    this.loading.set(true);
    this.problem.set(null);
    this.disclosure.set(null);
    this.injector
      .get(RestService)
      .request<void, PublicDisclosureDto>(
        { method: 'GET', url: '/api/public/disclosures', params: { year: this.year, quarter: this.quarter } },
        this.config,
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: d => {
          this.loading.set(false);
          this.disclosure.set(d);
        },
        error: (e: unknown) => {
          this.loading.set(false);
          this.problem.set(e instanceof HttpErrorResponse && e.status === 404 ? 'not-published' : 'failed');
        },
      });
  }
}
