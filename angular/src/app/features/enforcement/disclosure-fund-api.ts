import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  AdvanceDecisionInput,
  AdvanceDto,
  AdvanceInput,
  AdvanceRecoveryInput,
  CompileDisclosureInput,
  DisclosureDto,
  FundCapitalInput,
  RevolvingFundDto,
} from '../../proxy/generated/models';

/** The quarterly disclosure (HRSS's side) and the revolving fund's API. Errors reach the pages. */
@Injectable({ providedIn: 'root' })
export class DisclosureFundApi {
  private readonly rest = inject(RestService);
  private readonly config: Rest.Config = { apiName: 'default', skipHandleError: true };

  private get<T>(url: string, params: Rest.Params = {}): Observable<T> {
    return this.rest.request<unknown, T>({ method: 'GET', url, params }, this.config);
  }

  private post<I, T>(url: string, body: I): Observable<T> {
    return this.rest.request<I, T>({ method: 'POST', url, body }, this.config);
  }

  disclosures(): Observable<DisclosureDto[]> {
    return this.get('/api/app/disclosures');
  }

  compile(input: CompileDisclosureInput): Observable<DisclosureDto> {
    return this.post('/api/app/disclosures', input);
  }

  approve(id: string): Observable<DisclosureDto> {
    return this.post(`/api/app/disclosures/${encodeURIComponent(id)}/approve`, {});
  }

  fund(): Observable<RevolvingFundDto> {
    return this.get('/api/app/revolving-fund');
  }

  addCapital(input: FundCapitalInput): Observable<RevolvingFundDto> {
    return this.post('/api/app/revolving-fund/capital', input);
  }

  advances(): Observable<AdvanceDto[]> {
    return this.get('/api/app/revolving-fund/advances');
  }

  requestAdvance(input: AdvanceInput): Observable<AdvanceDto> {
    return this.post('/api/app/revolving-fund/advances', input);
  }

  decide(id: string, input: AdvanceDecisionInput): Observable<AdvanceDto> {
    return this.post(`/api/app/revolving-fund/advances/${encodeURIComponent(id)}/decide`, input);
  }

  pay(id: string, paidOn: string | null): Observable<AdvanceDto> {
    return this.post(`/api/app/revolving-fund/advances/${encodeURIComponent(id)}/pay`, { paidOn });
  }

  recover(id: string, input: AdvanceRecoveryInput): Observable<AdvanceDto> {
    return this.post(`/api/app/revolving-fund/advances/${encodeURIComponent(id)}/recoveries`, input);
  }
}

/** The quarter a Beijing date falls in, and the one before it (the usual one to publish). */
export function quarterOf(isoDate: string): { year: number; quarter: number } {
  const [y, m] = isoDate.split('-').map(Number);
  return { year: y, quarter: Math.floor((m - 1) / 3) + 1 };
}

export function previousQuarter(q: { year: number; quarter: number }): { year: number; quarter: number } {
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: q.quarter - 1 };
}

/** The years offered on the disclosure pages: this year and the four before it. */
export function recentYears(isoDate: string, count = 5): number[] {
  const year = quarterOf(isoDate).year;
  return Array.from({ length: count }, (_, i) => year - i);
}

export const QUARTERS = [1, 2, 3, 4] as const;

export const ADVANCE_STATUS_KEYS: Record<string, string> = {
  requested: 'Dalad::Enforcement:Advance:Requested',
  approved: 'Dalad::Enforcement:Advance:Approved',
  refused: 'Dalad::Enforcement:Advance:Refused',
  paid: 'Dalad::Enforcement:Advance:Paid',
  recovered: 'Dalad::Enforcement:Advance:Recovered',
};

export const MOVEMENT_KEYS: Record<string, string> = {
  capital: 'Dalad::Enforcement:Movement:Capital',
  advance: 'Dalad::Enforcement:Movement:Advance',
  recovery: 'Dalad::Enforcement:Movement:Recovery',
};

export const DISCLOSURE_KIND_KEYS: Record<string, string> = {
  listing: 'Dalad::Enforcement:DisclosureKind:Listing',
  penalty: 'Dalad::Enforcement:DisclosureKind:Penalty',
};

export const DISCLOSURE_STATUS_KEYS: Record<string, string> = {
  draft: 'Dalad::Enforcement:DisclosureStatus:Draft',
  published: 'Dalad::Enforcement:DisclosureStatus:Published',
};

/** A server code's label; an unknown code is a neutral word, never the raw code. */
export function codeKey(keys: Record<string, string>, code: string | null | undefined): string {
  return (code && keys[code]) || 'Dalad::Enforcement:Unknown';
}
