import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  DrawDto,
  DrawEmployerDto,
  DrawEmployerInput,
  DrawInput,
  DrawInspectionInput,
  DrawInspectorDto,
  DrawInspectorInput,
  DrawSummaryDto,
  PagedResultOfBodyDto,
} from '../../../proxy/generated/models';

const CONFIG: Rest.Config = { apiName: 'default', skipHandleError: true };
const BASE = '/api/app/oversight/draws';

/** Random-inspection draws (`/api/app/oversight/draws`). */
@Injectable({ providedIn: 'root' })
export class DrawApi {
  private readonly rest = inject(RestService);

  list(): Observable<DrawSummaryDto[]> {
    return this.rest.request<unknown, DrawSummaryDto[]>({ method: 'GET', url: BASE }, CONFIG);
  }

  get(id: string): Observable<DrawDto> {
    return this.rest.request<unknown, DrawDto>({ method: 'GET', url: `${BASE}/${encodeURIComponent(id)}` }, CONFIG);
  }

  draw(input: DrawInput): Observable<DrawDto> {
    return this.rest.request<DrawInput, DrawDto>({ method: 'POST', url: BASE, body: input }, CONFIG);
  }

  record(id: string, input: DrawInspectionInput): Observable<DrawDto> {
    return this.rest.request<DrawInspectionInput, DrawDto>(
      { method: 'POST', url: `${BASE}/${encodeURIComponent(id)}/inspections`, body: input },
      CONFIG,
    );
  }

  employers(): Observable<DrawEmployerDto[]> {
    return this.rest.request<unknown, DrawEmployerDto[]>({ method: 'GET', url: `${BASE}/employers` }, CONFIG);
  }

  /** Adds an employer to the sampling frame, or updates the one with the same credit code. */
  saveEmployer(input: DrawEmployerInput): Observable<DrawEmployerDto> {
    return this.rest.request<DrawEmployerInput, DrawEmployerDto>({ method: 'POST', url: `${BASE}/employers`, body: input }, CONFIG);
  }

  inspectors(): Observable<DrawInspectorDto[]> {
    return this.rest.request<unknown, DrawInspectorDto[]>({ method: 'GET', url: `${BASE}/inspectors` }, CONFIG);
  }

  addInspector(input: DrawInspectorInput): Observable<DrawInspectorDto> {
    return this.rest.request<DrawInspectorInput, DrawInspectorDto>({ method: 'POST', url: `${BASE}/inspectors`, body: input }, CONFIG);
  }

  updateInspector(id: string, input: DrawInspectorInput): Observable<DrawInspectorDto> {
    return this.rest.request<DrawInspectorInput, DrawInspectorDto>(
      { method: 'PUT', url: `${BASE}/inspectors/${encodeURIComponent(id)}`, body: input },
      CONFIG,
    );
  }

  /** The bodies (registering body of an employer, body of an inspector). */
  bodies(): Observable<PagedResultOfBodyDto> {
    return this.rest.request<unknown, PagedResultOfBodyDto>({ method: 'GET', url: '/api/app/bodies', params: { maxResultCount: 1000 } }, CONFIG);
  }
}
