import { Rest, RestService } from '@abp/ng.core';
import { HttpResponse } from '@angular/common/http';
import { inject, Injectable, Injector } from '@angular/core';
import { map, Observable } from 'rxjs';
import type {
  BodyDto,
  CaseDetailDto,
  ConfirmLeadRequest,
  CreateLeadRequest,
  ImportDto,
  ImportStartedDto,
  LeadDto,
  LeadStatisticsDto,
  PagedResultOfBodyDto,
  PagedResultOfLeadDto,
  PagedResultOfTerritoryDto,
  RoutingEvidence,
  RoutingProposal,
  TerritoryDto,
} from '../../proxy/generated/models';

// The answers and requests are the generated DTOs (scripts/generate-api-clients.sh).
export type { CaseDetailDto, ImportDto, LeadDto, RoutingEvidence, RoutingProposal };
export type LeadStatistics = LeadStatisticsDto;
export type CreateLeadInput = CreateLeadRequest & { channel: LeadChannel };
export type ConfirmLeadInput = ConfirmLeadRequest;
export type TerritoryOption = TerritoryDto;
export type BodyOption = BodyDto;

export type LeadChannel = '12345' | 'petition' | 'online' | 'walk-in' | 'inspection';
export const LEAD_CHANNELS: LeadChannel[] = ['12345', 'petition', 'online', 'walk-in', 'inspection'];

/** The cases module's intake API (leads, routing preview, imports). Errors are shown by the pages. */
@Injectable({ providedIn: 'root' })
export class IntakeApi {
  private readonly injector = inject(Injector);
  private readonly config: Rest.Config = { apiName: 'default', skipHandleError: true };

  /** Resolved on first use, so pages render in tests without the HTTP stack. */
  private get rest(): RestService {
    return this.injector.get(RestService);
  }

  preview(text: string, address: string): Observable<RoutingProposal> {
    return this.rest.request<object, RoutingProposal>(
      { method: 'POST', url: '/api/app/routing/preview', body: { text, address } },
      this.config,
    );
  }

  /** Every desk's leads in a period of Beijing days (yyyy-MM-dd; none: the server's last 30 days), counted by the server. */
  getStatistics(from?: string, to?: string): Observable<LeadStatistics> {
    const params: Record<string, string> = {};
    if (from) params['from'] = from;
    if (to) params['to'] = to;
    return this.rest.request<void, LeadStatistics>({ method: 'GET', url: '/api/app/lead-statistics', params }, this.config);
  }

  /** How many leads wait for the dispatcher's confirmation (among those the caller sees). */
  countPendingLeads(): Observable<number> {
    return this.rest
      .request<void, PagedResultOfLeadDto>(
        { method: 'GET', url: '/api/app/leads', params: { status: 'pending', maxResultCount: 1 } },
        this.config,
      )
      .pipe(map(page => page.totalCount));
  }

  /** The leads waiting for the dispatcher's confirmation, oldest first (among those the caller sees). */
  getPendingLeads(maxResultCount = 100): Observable<PagedResultOfLeadDto> {
    return this.rest
      .request<void, PagedResultOfLeadDto>(
        { method: 'GET', url: '/api/app/leads', params: { status: 'pending', maxResultCount } },
        this.config,
      )
      .pipe(map(page => ({ ...page, items: [...page.items].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)) })));
  }

  /** Working days after the Beijing day of `from` up to and including that of `to` (`yyyy-MM-ddTHH:mm`, Beijing). */
  workingDaysBetween(from: string, to: string): Observable<{ workingDays: number }> {
    return this.rest.request<void, { workingDays: number }>(
      { method: 'GET', url: '/api/app/calendar/working-days-between', params: { from, to } },
      this.config,
    );
  }

  /** The whole response: 201 is a new lead, 200 a ticket that was already registered. */
  createLead(input: CreateLeadInput): Observable<HttpResponse<LeadDto>> {
    return this.rest.request<CreateLeadInput, HttpResponse<LeadDto>>(
      { method: 'POST', url: '/api/app/leads', body: input },
      { ...this.config, observe: 'response' as Rest.Observe },
    );
  }

  getLead(id: string): Observable<LeadDto> {
    return this.rest.request<void, LeadDto>({ method: 'GET', url: `/api/app/leads/${id}` }, this.config);
  }

  confirm(id: string, input: ConfirmLeadInput): Observable<CaseDetailDto> {
    return this.rest.request<ConfirmLeadInput, CaseDetailDto>(
      { method: 'POST', url: `/api/app/leads/${id}/confirm`, body: input },
      this.config,
    );
  }

  startImport(file: File): Observable<ImportStartedDto> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.rest.request<FormData, ImportStartedDto>(
      { method: 'POST', url: '/api/app/leads/imports', body: form },
      this.config,
    );
  }

  getImport(id: string): Observable<ImportDto> {
    return this.rest.request<void, ImportDto>({ method: 'GET', url: `/api/app/leads/imports/${id}` }, this.config);
  }

  getTerritories(): Observable<PagedResultOfTerritoryDto> {
    return this.rest.request<void, PagedResultOfTerritoryDto>({ method: 'GET', url: '/api/app/territories' }, this.config);
  }

  getBodies(): Observable<PagedResultOfBodyDto> {
    return this.rest.request<void, PagedResultOfBodyDto>(
      { method: 'GET', url: '/api/app/bodies', params: { maxResultCount: 1000 } },
      this.config,
    );
  }
}

/** The API's length limits of a lead (the server's Lead.Max… constants and column sizes), enforced in the browser too. */
export const LEAD_LIMITS = {
  ticketNumber: 64,
  text: 4000,
  address: 500,
  complainantName: 64,
  phone: 20,
  idCardNumber: 18,
  employer: 200,
  project: 200,
} as const;
