import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

/** "Items 1 to 20 of 62" and the page links (first, last and up to five around the current page). */
@Component({
  selector: 'dalad-pager',
  imports: [LocalizationPipe],
  templateUrl: './pager.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pager {
  /** 1-based. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly totalCount = input.required<number>();
  /** The server counted only so far (its inbox stops at 1000): shown as "1000+", and paging goes on past it. */
  readonly totalIsLowerBound = input(false);
  readonly pageChange = output<number>();

  protected readonly pageCount = computed(() => {
    const counted = Math.max(1, Math.ceil(this.totalCount() / this.pageSize()));
    return this.totalIsLowerBound() ? Math.max(counted, this.page() + 1) : counted;
  });
  protected readonly totalText = computed(() => this.totalCount().toString() + (this.totalIsLowerBound() ? '+' : ''));
  protected readonly from = computed(() => (this.totalCount() ? (this.page() - 1) * this.pageSize() + 1 : 0));
  protected readonly to = computed(() =>
    this.totalIsLowerBound() ? this.page() * this.pageSize() : Math.min(this.page() * this.pageSize(), this.totalCount()),
  );

  /** Page numbers to show; 0 stands for a gap. */
  protected readonly pages = computed(() => {
    const count = this.pageCount();
    const current = this.page();
    const shown = new Set([1, count]);
    for (let p = current - 2; p <= current + 2; p++) {
      if (p >= 1 && p <= count) {
        shown.add(p);
      }
    }
    const sorted = [...shown].sort((a, b) => a - b);
    return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1] > 1 ? [0, p] : [p]));
  });

  protected go(page: number): void {
    if (page >= 1 && page <= this.pageCount() && page !== this.page()) {
      this.pageChange.emit(page);
    }
  }
}
