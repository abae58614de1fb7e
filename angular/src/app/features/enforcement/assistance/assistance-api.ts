import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  AssistanceAnswerInput,
  AssistanceKindDto,
  AssistanceRequestDto,
  AssistanceRequestInput,
  ProtectedAccountCheckDto,
  ProtectedAccountCheckLogDto,
} from '../../../proxy/generated/models';

function params(query: object): Rest.Params {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Rest.Params;
}

/** Assistance requests and the protected-account check. Errors reach the pages. */
@Injectable({ providedIn: 'root' })
export class AssistanceApi {
  private readonly rest = inject(RestService);

  private get<T>(url: string, query: object = {}): Observable<T> {
    return this.rest.request<unknown, T>({ method: 'GET', url, params: params(query) }, { apiName: 'default', skipHandleError: true });
  }

  private post<I, T>(url: string, body: I): Observable<T> {
    return this.rest.request<I, T>({ method: 'POST', url, body }, { apiName: 'default', skipHandleError: true });
  }

  kinds(): Observable<AssistanceKindDto[]> {
    return this.get('/api/app/assistance-requests/kinds');
  }

  sent(): Observable<AssistanceRequestDto[]> {
    return this.get('/api/app/assistance-requests');
  }

  inbox(): Observable<AssistanceRequestDto[]> {
    return this.get('/api/app/assistance-requests/inbox');
  }

  send(input: AssistanceRequestInput): Observable<AssistanceRequestDto> {
    return this.post('/api/app/assistance-requests', input);
  }

  answer(id: string, input: AssistanceAnswerInput): Observable<AssistanceRequestDto> {
    return this.post(`/api/app/assistance-requests/${encodeURIComponent(id)}/answer`, input);
  }

  checkAccount(accountNumber: string): Observable<ProtectedAccountCheckDto> {
    return this.get('/api/app/protected-accounts/check', { accountNumber });
  }

  accountChecks(accountNumber?: string | null): Observable<ProtectedAccountCheckLogDto[]> {
    return this.get('/api/app/protected-accounts/checks', { accountNumber });
  }
}
