import { LocalizationPipe, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PageHeader } from '../../shared/page-header/page-header';
import { CASE_STATUSES, STATUS_KEYS } from '../cases/cases-labels';
import { formatBeijing } from '../cases/cases-logic';
import { CaseDirectory } from '../cases/shared/case-directory';
import { serverErrorMessage } from '../../shared/server-error';
import { CHANNEL_KEYS, LEAD_STATUS_KEYS, labelKey } from '../intake/intake-labels';
import { saveFile } from '../../shared/save-file';
import { LEAD_PERMISSIONS } from '../intake/intake-permissions';
import { SearchApi, SearchFacetValue, SearchFilters, SearchHit, SearchResult, SearchScope } from './search-api';
import { hitLink, parts, statusState, titleParts } from './search-logic';

const FILTER_KEYS = ['status', 'bodyCode', 'from', 'to', 'territory', 'sector', 'channel', 'month', 'sort'] as const;

type FacetName = keyof SearchResult['facets'];

/** Each facet the server counts, the filter its value sets, and its heading. */
const FACETS: { name: FacetName; filter: keyof SearchFilters; key: string }[] = [
  { name: 'status', filter: 'status', key: 'Dalad::Search:Facet:Status' },
  { name: 'sector', filter: 'sector', key: 'Dalad::Search:Facet:Sector' },
  { name: 'territory', filter: 'territory', key: 'Dalad::Search:Facet:Territory' },
  { name: 'body', filter: 'bodyCode', key: 'Dalad::Search:Facet:Body' },
  { name: 'channel', filter: 'channel', key: 'Dalad::Search:Facet:Channel' },
  { name: 'month', filter: 'month', key: 'Dalad::Search:Facet:Month' },
];

/** A facet shows its most frequent values; the rest are one filter away. */
const FACET_VALUES_SHOWN = 8;

/** Full-text search over leads and cases; the query, scope and filters live in the URL so a search can be shared. */
@Component({
  selector: 'dalad-search-home',
  imports: [PageHeader, LocalizationPipe, FormsModule, RouterLink],
  templateUrl: './search-home.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchHome {
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly canOpenLeads = inject(PermissionService).getGrantedPolicy(LEAD_PERMISSIONS.leads);

  readonly scopes: { value: SearchScope; key: string }[] = [
    { value: 'cases', key: 'Dalad::Search:Scope:Cases' },
    { value: 'leads', key: 'Dalad::Search:Scope:Leads' },
  ];
  readonly bodies = toSignal(inject(CaseDirectory).bodies(), { initialValue: [] });

  query = '';
  filters: SearchFilters = {};
  readonly scope = signal<SearchScope>('cases');
  readonly statuses = computed(() =>
    this.scope() === 'cases'
      ? CASE_STATUSES.map(code => ({ code, key: STATUS_KEYS[code] }))
      : Object.keys(LEAD_STATUS_KEYS).map(code => ({ code, key: LEAD_STATUS_KEYS[code] })),
  );
  readonly loading = signal(false);
  readonly result = signal<SearchResult | null>(null);
  readonly error = signal<{ text?: string; key?: string } | null>(null);
  readonly exporting = signal(false);
  readonly sorts = [
    { value: 'relevance', key: 'Dalad::Search:Sort:Relevance' },
    { value: 'newest', key: 'Dalad::Search:Sort:Newest' },
  ];
  /** The facets of the current result that have a value, in a fixed order. */
  readonly facets = computed(() => {
    const r = this.result();
    if (!r) {
      return [];
    }
    return FACETS.map(f => ({ ...f, values: (r.facets[f.name] ?? []).slice(0, FACET_VALUES_SHOWN) })).filter(f => f.values.length > 0);
  });

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(params => {
      this.query = params.get('q') ?? '';
      this.scope.set(params.get('in') === 'leads' ? 'leads' : 'cases');
      this.filters = Object.fromEntries(FILTER_KEYS.map(key => [key, params.get(key) ?? ''])) as SearchFilters;
      this.run();
    });
  }

  submit(): void {
    const filters = Object.fromEntries(FILTER_KEYS.map(key => [key, this.filters[key] || null]));
    this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: this.query.trim() || null, in: this.scope(), ...filters },
    });
  }

  setScope(scope: SearchScope): void {
    this.scope.set(scope);
    // A case status means nothing to a lead and back.
    this.filters = { ...this.filters, status: '' };
    this.submit();
  }

  /** Chooses a facet's value as a filter, or clears it when it is the chosen one. */
  toggleFacet(filter: keyof SearchFilters, value: string): void {
    this.filters = { ...this.filters, [filter]: this.filters[filter] === value ? '' : value };
    this.submit();
  }

  isChosen(filter: keyof SearchFilters, value: string): boolean {
    return this.filters[filter] === value;
  }

  /** How a facet's value reads: a status or channel in words, a body by its name, a month as it is. */
  facetLabel(name: FacetName, value: SearchFacetValue): { key?: string; text?: string } {
    switch (name) {
      case 'status':
        return { key: this.statusKey(value.value) };
      case 'channel':
        return { key: labelKey(CHANNEL_KEYS, value.value) };
      case 'month':
        return { text: value.value };
      default:
        return { text: value.name || value.value };
    }
  }

  exportXlsx(): void {
    const q = this.query.trim();
    if (!q) {
      return;
    }
    this.exporting.set(true);
    this.api
      .exportXlsx(q, this.scope(), this.filters)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: blob => {
          this.exporting.set(false);
          saveFile(blob, `search-${this.scope()}.xlsx`);
        },
        error: e => {
          this.exporting.set(false);
          const text = serverErrorMessage(e);
          this.error.set(text ? { text } : { key: 'Dalad::Search:Error' });
        },
      });
  }

  statusKey(status: string): string {
    return labelKey(this.scope() === 'cases' ? STATUS_KEYS : LEAD_STATUS_KEYS, status);
  }

  state(status: string): string {
    return statusState(this.scope(), status);
  }

  /** The title and snippet as the server marked them: the words the query matched, in the order of the text. */
  title(hit: SearchHit) {
    return titleParts(hit);
  }

  snippet(hit: SearchHit) {
    return parts(hit.snippet, hit.snippetParts);
  }

  link(hit: SearchHit) {
    return hitLink(hit, this.scope(), this.canOpenLeads);
  }

  when(hit: SearchHit): string {
    return formatBeijing(hit.at);
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
      .search(q, this.scope(), 50, this.filters)
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
