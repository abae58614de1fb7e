import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type { FiguresDto, SupervisionDto, SupervisionInput } from '../../proxy/generated/models';

/** The period and scope of the command view (`GET /api/app/oversight/figures`); dates are Beijing yyyy-MM-dd. */
export interface FigureQuery {
  from?: string | null;
  to?: string | null;
  bodyCode?: string | null;
  territoryCode?: string | null;
}

function params(query: object): Rest.Params {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Rest.Params;
}

/** The oversight module's API. The pages show the server's problem details where the user acted. */
@Injectable({ providedIn: 'root' })
export class OversightApi {
  private readonly rest = inject(RestService);

  figures(query: FigureQuery): Observable<FiguresDto> {
    return this.rest.request<unknown, FiguresDto>(
      { method: 'GET', url: '/api/app/oversight/figures', params: params(query) },
      { apiName: 'default', skipHandleError: true },
    );
  }

  /** The table as an .xlsx workbook, made by the server (the platform's one xlsx writer). */
  figuresXlsx(query: FigureQuery): Observable<Blob> {
    return this.rest.request<unknown, Blob>(
      { method: 'GET', url: '/api/app/oversight/figures/xlsx', params: params(query), responseType: 'blob' },
      { apiName: 'default', skipHandleError: true },
    );
  }

  supervisions(query: { bodyCode?: string | null; status?: string | null }): Observable<SupervisionDto[]> {
    return this.rest.request<unknown, SupervisionDto[]>(
      { method: 'GET', url: '/api/app/oversight/supervisions', params: params(query) },
      { apiName: 'default', skipHandleError: true },
    );
  }

  raise(input: SupervisionInput): Observable<SupervisionDto> {
    return this.rest.request<SupervisionInput, SupervisionDto>(
      { method: 'POST', url: '/api/app/oversight/supervisions', body: input },
      { apiName: 'default', skipHandleError: true },
    );
  }

  answer(id: string, answer: string): Observable<SupervisionDto> {
    return this.rest.request<unknown, SupervisionDto>(
      { method: 'POST', url: `/api/app/oversight/supervisions/${encodeURIComponent(id)}/answer`, body: { answer } },
      { apiName: 'default', skipHandleError: true },
    );
  }
}
