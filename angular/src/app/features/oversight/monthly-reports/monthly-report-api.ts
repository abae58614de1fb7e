import { RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type { CaseFactsDto, MonthlyReportDto, MonthlyReportSummaryDto } from '../../../proxy/generated/models';

const BASE = '/api/app/oversight/monthly-reports';

/** The monthly reports to the discipline commission (stored, frozen): the list, one report, a case it names, and its xlsx and PDF. */
@Injectable({ providedIn: 'root' })
export class MonthlyReportApi {
  private readonly rest = inject(RestService);

  list(): Observable<MonthlyReportSummaryDto[]> {
    return this.rest.request<unknown, MonthlyReportSummaryDto[]>({ method: 'GET', url: BASE }, { apiName: 'default', skipHandleError: true });
  }

  get(month: string): Observable<MonthlyReportDto> {
    return this.rest.request<unknown, MonthlyReportDto>(
      { method: 'GET', url: `${BASE}/${encodeURIComponent(month)}` },
      { apiName: 'default', skipHandleError: true },
    );
  }

  caseFacts(month: string, caseId: string): Observable<CaseFactsDto> {
    return this.rest.request<unknown, CaseFactsDto>(
      { method: 'GET', url: `${BASE}/${encodeURIComponent(month)}/cases/${encodeURIComponent(caseId)}` },
      { apiName: 'default', skipHandleError: true },
    );
  }

  /** The report as a file made by the server: xlsx (the platform's writer) or pdf (embedded Chinese font). */
  file(month: string, kind: 'xlsx' | 'pdf'): Observable<Blob> {
    return this.rest.request<unknown, Blob>(
      { method: 'GET', url: `${BASE}/${encodeURIComponent(month)}/${kind}`, responseType: 'blob' },
      { apiName: 'default', skipHandleError: true },
    );
  }
}
