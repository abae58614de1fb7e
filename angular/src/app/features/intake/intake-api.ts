import { Rest, RestService } from '@abp/ng.core';
import { HttpResponse } from '@angular/common/http';
import { inject, Injectable, Injector } from '@angular/core';
import { map, Observable } from 'rxjs';

/** One piece of evidence: which words of the complaint matched what. */
export interface RoutingEvidence {
  kind: string;
  matched: string;
  source?: string | null;
}

export interface RoutingOwner {
  code?: string | null;
  name?: string | null;
  bodyCode?: string | null;
  /** The owning body's name (for a territory, its town's or street's government). */
  bodyName?: string | null;
  confidence: number;
  evidence: RoutingEvidence[];
}

export interface RoutingAlternative {
  role: string;
  code: string;
  name: string;
  confidence: number;
  evidence: RoutingEvidence[];
}

export interface RoutingProposal {
  territory: RoutingOwner;
  industry: RoutingOwner;
  alternatives: RoutingAlternative[];
  needsDispatcher: boolean;
  matrixVersion: number;
}

export type LeadChannel = '12345' | 'petition' | 'online' | 'walk-in' | 'inspection';
export const LEAD_CHANNELS: LeadChannel[] = ['12345', 'petition', 'online', 'walk-in', 'inspection'];

export interface CreateLeadInput {
  channel: LeadChannel;
  ticketNumber: string;
  text: string;
  address?: string | null;
  complainantName?: string | null;
  phone: string;
  idCardNumber?: string | null;
  employer?: string | null;
  project?: string | null;
  workerCount?: number | null;
  amountOwed?: number | null;
}

export interface LeadDto {
  id: string;
  channel: string;
  ticketNumber: string;
  intakeBodyCode: string;
  status: string;
  receivedAt: string;
  text: string;
  address?: string | null;
  complainantName?: string | null;
  phone: string;
  employer?: string | null;
  routing?: RoutingProposal | null;
  needsDispatcher: boolean;
  repeatOfLeadId?: string | null;
  caseId?: string | null;
  caseNumber?: string | null;
}

export interface ConfirmLeadInput {
  territoryCode?: string | null;
  industryBodyCode?: string | null;
  reason?: string | null;
}

export interface CaseDetailDto {
  case: { id: string; number: string; status: string; assignments: { role: string; bodyCode: string }[] };
}

export interface ImportRowDto {
  rowNumber: number;
  ticketNumber?: string | null;
  outcome: 'imported' | 'linked' | 'duplicate' | 'rejected';
  reason?: string | null;
  leadId?: string | null;
}

export interface ImportDto {
  id: string;
  fileName: string;
  status: string;
  total: number;
  processed: number;
  imported: number;
  linked: number;
  duplicates: number;
  rejected: number;
  finishedAt?: string | null;
  error?: string | null;
  rows: ImportRowDto[];
}

export interface TerritoryOption {
  code: string;
  name: string;
  kind: string;
  bodyCode: string;
}

export interface BodyOption {
  code: string;
  name: string;
  kind: string;
  isActive: boolean;
}

export interface Paged<T> {
  totalCount: number;
  items: T[];
}

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

  /** How many leads wait for the dispatcher's confirmation (among those the caller sees). */
  countPendingLeads(): Observable<number> {
    return this.rest
      .request<void, Paged<LeadDto>>(
        { method: 'GET', url: '/api/app/leads', params: { status: 'pending', maxResultCount: 1 } },
        this.config,
      )
      .pipe(map(page => page.totalCount));
  }

  /** The leads waiting for the dispatcher's confirmation, oldest first (among those the caller sees). */
  getPendingLeads(maxResultCount = 100): Observable<Paged<LeadDto>> {
    return this.rest
      .request<void, Paged<LeadDto>>(
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

  startImport(file: File): Observable<{ id: string }> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.rest.request<FormData, { id: string }>(
      { method: 'POST', url: '/api/app/leads/imports', body: form },
      this.config,
    );
  }

  getImport(id: string): Observable<ImportDto> {
    return this.rest.request<void, ImportDto>({ method: 'GET', url: `/api/app/leads/imports/${id}` }, this.config);
  }

  getTerritories(): Observable<Paged<TerritoryOption>> {
    return this.rest.request<void, Paged<TerritoryOption>>({ method: 'GET', url: '/api/app/territories' }, this.config);
  }

  getBodies(): Observable<Paged<BodyOption>> {
    return this.rest.request<void, Paged<BodyOption>>(
      { method: 'GET', url: '/api/app/bodies', params: { maxResultCount: 1000 } },
      this.config,
    );
  }
}
