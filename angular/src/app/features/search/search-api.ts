import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable, Injector } from '@angular/core';
import { Observable } from 'rxjs';
import type { SearchFacetValueDto, SearchHitDto, SearchResultDto } from '../../proxy/generated/models';

/** A lead or case found: `number` is the case number or the lead's ticket number (generated DTOs). */
export type SearchHit = SearchHitDto;
/** A page of hits with the facets of the best matches (at most `considered`; `more` when the index had further ones). */
export type SearchResult = SearchResultDto;
export type SearchFacetValue = SearchFacetValueDto;

export type SearchScope = 'cases' | 'leads';

/**
 * Optional narrowing: status code, a body (owner, or a lead's desk), Beijing days `yyyy-MM-dd`, the territorial or
 * industry owner, the channel, a month `yyyy-MM`; and the order (`relevance`, the default, or `newest`).
 */
export interface SearchFilters {
  status?: string | null;
  bodyCode?: string | null;
  from?: string | null;
  to?: string | null;
  territory?: string | null;
  sector?: string | null;
  channel?: string | null;
  month?: string | null;
  sort?: string | null;
}

/** Full-text search over the leads and cases the caller may see (`GET /api/app/search`). */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly injector = inject(Injector);
  private readonly config: Rest.Config = { apiName: 'default', skipHandleError: true };

  private get rest(): RestService {
    return this.injector.get(RestService);
  }

  search(q: string, scope: SearchScope, max = 50, filters: SearchFilters = {}): Observable<SearchResult> {
    return this.rest.request<void, SearchResult>(
      { method: 'GET', url: '/api/app/search', params: searchParams(q, scope, filters, max) },
      this.config,
    );
  }

  /** Every considered hit of the search, in its order, as an .xlsx workbook made by the server. */
  exportXlsx(q: string, scope: SearchScope, filters: SearchFilters = {}): Observable<Blob> {
    return this.rest.request<void, Blob>(
      { method: 'GET', url: '/api/app/search/xlsx', params: searchParams(q, scope, filters), responseType: 'blob' },
      this.config,
    );
  }
}

function searchParams(q: string, scope: SearchScope, filters: SearchFilters, max?: number): Record<string, string | number> {
  const params: Record<string, string | number> = { q, in: scope };
  if (max) {
    params['max'] = max;
  }
  for (const [key, value] of Object.entries(filters)) {
    if (value) {
      params[key] = value;
    }
  }
  return params;
}
