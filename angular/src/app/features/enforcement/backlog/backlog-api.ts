import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  BacklogCaseDto,
  BacklogChannelDto,
  BacklogFlagInput,
  BacklogRouteInput,
  BacklogStepInput,
} from '../../../proxy/generated/models';

function params(query: object): Rest.Params {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Rest.Params;
}

/** Backlog cases: flag and route (HRSS, the joint office), run the steps (the receiving bodies). Errors reach the page. */
@Injectable({ providedIn: 'root' })
export class BacklogApi {
  private readonly rest = inject(RestService);

  private get<T>(url: string, query: object = {}): Observable<T> {
    return this.rest.request<unknown, T>({ method: 'GET', url, params: params(query) }, { apiName: 'default', skipHandleError: true });
  }

  private post<I, T>(url: string, body: I): Observable<T> {
    return this.rest.request<I, T>({ method: 'POST', url, body }, { apiName: 'default', skipHandleError: true });
  }

  channels(): Observable<BacklogChannelDto[]> {
    return this.get('/api/app/backlog-cases/channels');
  }

  flagged(): Observable<BacklogCaseDto[]> {
    return this.get('/api/app/backlog-cases');
  }

  inbox(): Observable<BacklogCaseDto[]> {
    return this.get('/api/app/backlog-cases/inbox');
  }

  flag(input: BacklogFlagInput): Observable<BacklogCaseDto> {
    return this.post('/api/app/backlog-cases', input);
  }

  route(id: string, input: BacklogRouteInput): Observable<BacklogCaseDto> {
    return this.post(`/api/app/backlog-cases/${encodeURIComponent(id)}/route`, input);
  }

  step(id: string, input: BacklogStepInput): Observable<BacklogCaseDto> {
    return this.post(`/api/app/backlog-cases/${encodeURIComponent(id)}/steps`, input);
  }
}
