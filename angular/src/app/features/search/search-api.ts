import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable, Injector } from '@angular/core';
import { Observable } from 'rxjs';
import type { PagedResultOfSearchHitDto, SearchHitDto } from '../../proxy/generated/models';

/** A lead or case found: `number` is the case number or the lead's ticket number (generated DTOs). */
export type SearchHit = SearchHitDto;
export type SearchResult = PagedResultOfSearchHitDto;

export type SearchScope = 'cases' | 'leads';

/** Full-text search over the leads and cases the caller may see (`GET /api/app/search`). */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly injector = inject(Injector);
  private readonly config: Rest.Config = { apiName: 'default', skipHandleError: true };

  private get rest(): RestService {
    return this.injector.get(RestService);
  }

  search(q: string, scope: SearchScope, max = 50): Observable<SearchResult> {
    return this.rest.request<void, SearchResult>(
      { method: 'GET', url: '/api/app/search', params: { q, in: scope, max } },
      this.config,
    );
  }
}
