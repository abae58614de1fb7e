import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable, Injector } from '@angular/core';
import { Observable } from 'rxjs';
import type { PagedResultOfSearchHitDto, SearchHitDto } from '../../proxy/generated/models';

/** A lead or case found: `number` is the case number or the lead's ticket number (generated DTOs). */
export type SearchHit = SearchHitDto;
export type SearchResult = PagedResultOfSearchHitDto;

export type SearchScope = 'cases' | 'leads';

/** Optional narrowing: status code, a body (owner, or a lead's desk), Beijing days `yyyy-MM-dd`. */
export interface SearchFilters {
  status?: string | null;
  bodyCode?: string | null;
  from?: string | null;
  to?: string | null;
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
    const params: Record<string, string | number> = { q, in: scope, max };
    for (const [key, value] of Object.entries(filters)) {
      if (value) {
        params[key] = value;
      }
    }
    return this.rest.request<void, SearchResult>(
      { method: 'GET', url: '/api/app/search', params },
      this.config,
    );
  }
}
