import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  AssessmentActionDto,
  AssessmentActionInput,
  AssessmentDto,
  AssessmentRulesDto,
  AssessmentRulesInput,
  AssessmentSummaryDto,
} from '../../../proxy/generated/models';

const CONFIG: Rest.Config = { apiName: 'default', skipHandleError: true };
const BASE = '/api/app/oversight/assessments';

/** The annual assessment's API (`/api/app/oversight/assessments`). */
@Injectable({ providedIn: 'root' })
export class AssessmentApi {
  private readonly rest = inject(RestService);

  list(): Observable<AssessmentSummaryDto[]> {
    return this.rest.request<unknown, AssessmentSummaryDto[]>({ method: 'GET', url: BASE }, CONFIG);
  }

  get(id: string): Observable<AssessmentDto> {
    return this.rest.request<unknown, AssessmentDto>({ method: 'GET', url: `${BASE}/${encodeURIComponent(id)}` }, CONFIG);
  }

  compute(year: number): Observable<AssessmentDto> {
    return this.rest.request<unknown, AssessmentDto>({ method: 'POST', url: BASE, body: { year } }, CONFIG);
  }

  xlsx(id: string): Observable<Blob> {
    return this.rest.request<unknown, Blob>({ method: 'GET', url: `${BASE}/${encodeURIComponent(id)}/xlsx`, responseType: 'blob' }, CONFIG);
  }

  addAction(id: string, input: AssessmentActionInput): Observable<AssessmentActionDto> {
    return this.rest.request<AssessmentActionInput, AssessmentActionDto>(
      { method: 'POST', url: `${BASE}/${encodeURIComponent(id)}/actions`, body: input },
      CONFIG,
    );
  }

  complete(actionId: string, note: string): Observable<AssessmentActionDto> {
    return this.rest.request<unknown, AssessmentActionDto>(
      { method: 'POST', url: `${BASE}/actions/${encodeURIComponent(actionId)}/done`, body: { note } },
      CONFIG,
    );
  }

  rules(): Observable<AssessmentRulesDto> {
    return this.rest.request<unknown, AssessmentRulesDto>({ method: 'GET', url: `${BASE}/rules` }, CONFIG);
  }

  rulesHistory(): Observable<AssessmentRulesDto[]> {
    return this.rest.request<unknown, AssessmentRulesDto[]>({ method: 'GET', url: `${BASE}/rules/history` }, CONFIG);
  }

  saveRules(input: AssessmentRulesInput): Observable<AssessmentRulesDto> {
    return this.rest.request<AssessmentRulesInput, AssessmentRulesDto>({ method: 'PUT', url: `${BASE}/rules`, body: input }, CONFIG);
  }
}
