import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { PageHeader } from '../../shared/page-header/page-header';
import { serverErrorMessage } from '../../shared/server-error';
import { SearchApi, SearchResult, SearchScope } from './search-api';

/** Full-text search over leads and cases; the query and scope live in the URL so a search can be shared. */
@Component({
  selector: 'dalad-search-home',
  imports: [PageHeader, LocalizationPipe, FormsModule],
  templateUrl: './search-home.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchHome {
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  readonly scopes: { value: SearchScope; key: string }[] = [
    { value: 'cases', key: 'Dalad::Search:Scope:Cases' },
    { value: 'leads', key: 'Dalad::Search:Scope:Leads' },
  ];

  query = '';
  readonly scope = signal<SearchScope>('cases');
  readonly loading = signal(false);
  readonly result = signal<SearchResult | null>(null);
  readonly error = signal<{ text?: string; key?: string } | null>(null);

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(params => {
      this.query = params.get('q') ?? '';
      this.scope.set(params.get('in') === 'leads' ? 'leads' : 'cases');
      this.run();
    });
  }

  submit(): void {
    this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: this.query.trim() || null, in: this.scope() },
    });
  }

  setScope(scope: SearchScope): void {
    this.scope.set(scope);
    this.submit();
  }

  private run(): void {
    const q = this.query.trim();
    if (!q) {
      this.result.set(null);
      return;
    }
    this.loading.set(true);
    this.error.set(null);
    this.api
      .search(q, this.scope())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: result => {
          this.loading.set(false);
          this.result.set(result);
        },
        error: e => {
          this.loading.set(false);
          this.result.set(null);
          const text = serverErrorMessage(e);
          this.error.set(text ? { text } : { key: 'Dalad::Search:Error' });
        },
      });
  }
}
