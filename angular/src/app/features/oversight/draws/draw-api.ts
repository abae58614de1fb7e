import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type { DrawDto, DrawInput, DrawInspectionInput, DrawSummaryDto } from '../../../proxy/generated/models';

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
}
