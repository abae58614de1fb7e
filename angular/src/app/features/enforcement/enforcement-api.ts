import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  ArrearsFindingDto,
  ArrearsFindingInput,
  CandidateDto,
  CreditCheckDto,
  DecideListingInput,
  ListingDto,
  OrderDto,
  OrderInput,
  OrderOutcomeInput,
  PenaltyCaseDto,
  PenaltyCaseInput,
  PenaltyStepInput,
  ProposeListingInput,
  ReferralDto,
  ReferralInput,
  ReferralStatusInput,
} from '../../proxy/generated/models';

function params(query: object): Rest.Params {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Rest.Params;
}

/** The enforcement module's API (orders, penalty cases, referrals, the credit list and check). Errors reach the pages. */
@Injectable({ providedIn: 'root' })
export class EnforcementApi {
  private readonly rest = inject(RestService);

  private get<T>(url: string, query: object = {}): Observable<T> {
    return this.rest.request<unknown, T>({ method: 'GET', url, params: params(query) }, { apiName: 'default', skipHandleError: true });
  }

  private post<I, T>(url: string, body: I): Observable<T> {
    return this.rest.request<I, T>({ method: 'POST', url, body }, { apiName: 'default', skipHandleError: true });
  }

  orders(caseNumber?: string | null): Observable<OrderDto[]> {
    return this.get('/api/app/orders', { caseNumber });
  }

  issueOrder(input: OrderInput): Observable<OrderDto> {
    return this.post('/api/app/orders', input);
  }

  serveOrder(id: string, servedOn: string | null): Observable<OrderDto> {
    return this.post(`/api/app/orders/${encodeURIComponent(id)}/serve`, { servedOn });
  }

  recordOutcome(id: string, input: OrderOutcomeInput): Observable<OrderDto> {
    return this.post(`/api/app/orders/${encodeURIComponent(id)}/outcome`, input);
  }

  penaltyCases(): Observable<PenaltyCaseDto[]> {
    return this.get('/api/app/penalty-cases');
  }

  filePenalty(input: PenaltyCaseInput): Observable<PenaltyCaseDto> {
    return this.post('/api/app/penalty-cases', input);
  }

  advancePenalty(id: string, input: PenaltyStepInput): Observable<PenaltyCaseDto> {
    return this.post(`/api/app/penalty-cases/${encodeURIComponent(id)}/steps`, input);
  }

  referrals(inbox: boolean, status?: string | null): Observable<ReferralDto[]> {
    return this.get(inbox ? '/api/app/referrals/inbox' : '/api/app/referrals', { status });
  }

  refer(input: ReferralInput): Observable<ReferralDto> {
    return this.post('/api/app/referrals', input);
  }

  advanceReferral(id: string, input: ReferralStatusInput): Observable<ReferralDto> {
    return this.post(`/api/app/referrals/${encodeURIComponent(id)}/status`, input);
  }

  findings(): Observable<ArrearsFindingDto[]> {
    return this.get('/api/app/credit/findings');
  }

  recordFinding(input: ArrearsFindingInput): Observable<ArrearsFindingDto> {
    return this.post('/api/app/credit/findings', input);
  }

  candidates(): Observable<CandidateDto[]> {
    return this.get('/api/app/credit/candidates');
  }

  listings(status?: string | null): Observable<ListingDto[]> {
    return this.get('/api/app/credit/listings', { status });
  }

  propose(input: ProposeListingInput): Observable<ListingDto> {
    return this.post('/api/app/credit/listings', input);
  }

  decide(id: string, input: DecideListingInput): Observable<ListingDto> {
    return this.post(`/api/app/credit/listings/${encodeURIComponent(id)}/decide`, input);
  }

  remove(id: string, reasons: string): Observable<ListingDto> {
    return this.post(`/api/app/credit/listings/${encodeURIComponent(id)}/remove`, { reasons });
  }

  check(creditCode: string): Observable<CreditCheckDto> {
    return this.get('/api/app/credit/check', { creditCode });
  }
}
