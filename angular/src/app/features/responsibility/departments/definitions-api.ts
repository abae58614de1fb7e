import { RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  BodyDto,
  DepartmentDefinitionInput,
  DepartmentDefinitionView,
  PagedResultOfBodyDto,
} from '../../../proxy/generated/models';

const segment = encodeURIComponent;

/**
 * The department-definitions API (`/api/app/department-definitions`, the matrix's manage permission). Errors are not
 * reported by ABP's global handler: the editor shows the server's problem details above the form.
 */
@Injectable({ providedIn: 'root' })
export class DefinitionsApi {
  private readonly rest = inject(RestService);

  private request<T>(method: string, url: string, body?: unknown, params?: Record<string, number>): Observable<T> {
    return this.rest.request<unknown, T>({ method, url, body, params }, { apiName: 'default', skipHandleError: true });
  }

  getList(): Observable<DepartmentDefinitionView[]> {
    return this.request('GET', '/api/app/department-definitions');
  }

  get(key: string): Observable<DepartmentDefinitionView> {
    return this.request('GET', `/api/app/department-definitions/${segment(key)}`);
  }

  create(input: DepartmentDefinitionInput): Observable<DepartmentDefinitionView> {
    return this.request('POST', '/api/app/department-definitions', input);
  }

  update(key: string, input: DepartmentDefinitionInput): Observable<DepartmentDefinitionView> {
    return this.request('PUT', `/api/app/department-definitions/${segment(key)}`, input);
  }

  /** Every body, active or not, for the "bodies served" and owner pickers. */
  getBodies(): Observable<PagedResultOfBodyDto> {
    return this.request('GET', '/api/app/bodies', undefined, { maxResultCount: 1000 });
  }
}

export type { BodyDto };
