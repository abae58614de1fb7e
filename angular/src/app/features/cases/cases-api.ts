import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable, Injector } from '@angular/core';
import { Observable } from 'rxjs';

/** The current step's deadline, as the server computed it (never from the browser's clock). Times carry +08:00. */
export interface CaseClock {
  step?: string | null;
  dueAt?: string | null;
  /** Working days from today to the due day: 0 on the due day, negative when overdue; null without a running step. */
  workingDaysLeft?: number | null;
  deadlineState: string;
  leadRole: string;
}

export interface CaseAssignment {
  role: string;
  bodyCode: string;
  assignedAt: string;
}

/** A case in an inbox. */
export interface CaseDto {
  id: string;
  number: string;
  status: string;
  openedAt: string;
  text: string;
  address?: string | null;
  employer?: string | null;
  project?: string | null;
  workerCount?: number | null;
  amountOwed?: number | null;
  territoryCode?: string | null;
  assignments: CaseAssignment[];
  transferCount: number;
  leadCount: number;
  clock?: CaseClock | null;
}

/** A lead of the case: complainant data comes masked unless the caller may see it. */
export interface CaseLead {
  id: string;
  channel: string;
  ticketNumber: string;
  receivedAt: string;
  text: string;
  complainantName?: string | null;
  phone: string;
  idCardNumber?: string | null;
}

export interface CaseTransfer {
  id: string;
  role: string;
  fromBodyCode: string;
  toBodyCode: string;
  reason: string;
  transferredAt: string;
  transferredBy?: string | null;
}

export interface CaseEvent {
  time: string;
  type: string;
  userName?: string | null;
  /** Already in the reader's language. */
  description: string;
}

export interface CasePart {
  role: string;
  bodyCode: string;
  leads: boolean;
  text?: string | null;
  recordedAt?: string | null;
}

export interface CaseExtension {
  status: string;
  reason: string;
  requestedBy?: string | null;
  requestedAt: string;
  decidedBy?: string | null;
  decidedAt?: string | null;
  remarks?: string | null;
}

export interface CaseVisit {
  id: string;
  satisfied: boolean;
  remarks?: string | null;
  resolvedByBodyCode: string;
  visitedAt: string;
  visitedBy?: string | null;
}

export interface CaseWorkflow {
  leadRole: string;
  leadBodyCode: string;
  assistBodyCode: string;
  step?: string | null;
  stepDueAt?: string | null;
  workingDaysLeft?: number | null;
  deadlineState: string;
  receiveDueAt?: string | null;
  acceptDueAt?: string | null;
  handleDueAt?: string | null;
  visitDueAt?: string | null;
  signedAt?: string | null;
  decidedAt?: string | null;
  opinion?: string | null;
  resolvedAt?: string | null;
  result?: string | null;
  amountRecovered?: number | null;
  closedAt?: string | null;
  parts: CasePart[];
  extension?: CaseExtension | null;
  visits: CaseVisit[];
  possiblyFalseClosure: boolean;
  reopenCount: number;
  /** The server's action names: sign, accept, reject, record-part, resolve, request-extension, decide-extension, visit, close. */
  nextActions: string[];
}

export interface CaseDetail {
  case: CaseDto;
  leads: CaseLead[];
  transfers: CaseTransfer[];
  timeline: CaseEvent[];
  workflow?: CaseWorkflow | null;
}

export interface SmsLogEntry {
  id: string;
  template: string;
  maskedPhone: string;
  text: string;
  sentAt: string;
}

export interface OverdueCase {
  case: CaseDto;
  step: string;
  dueAt: string;
  workingDaysOverdue: number;
  remindedBodyCodes: string[];
}

export interface CaseBoard {
  overdue: OverdueCase[];
  dueSoon: CaseDto[];
}

export interface SupervisionReminder {
  id: string;
  caseId: string;
  caseNumber: string;
  bodyCode: string;
  step: string;
  dueAt: string;
  raisedAt: string;
  /** The case is still at that step with that due time. */
  open: boolean;
}

export interface FalseClosure {
  caseId: string;
  caseNumber: string;
  resolvedByBodyCode: string;
  result?: string | null;
  remarks?: string | null;
  visitedAt: string;
}

export interface FalseClosures {
  byBody: { bodyCode: string; count: number }[];
  items: FalseClosure[];
}

export interface RepeatedTransfer {
  case: CaseDto;
  transfers: CaseTransfer[];
}

export interface BodyName {
  code: string;
  name: string;
  kind: string;
  isActive: boolean;
}

export interface Paged<T> {
  totalCount: number;
  items: T[];
}

export interface CaseListQuery {
  status?: string;
  filter?: string;
  /** Only the cases this body holds a role in. */
  bodyCode?: string;
  skipCount: number;
  maxResultCount: number;
}

/** A workflow action as sent: the path under `/api/app/cases/{id}/` and its body. */
export interface ActionRequest {
  path: string;
  body: object;
}

/** The cases module's case API (inbox, case page, actions, board). Errors are shown by the pages. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly injector = inject(Injector);
  private readonly config: Rest.Config = { apiName: 'default', skipHandleError: true };

  /** Resolved on first use, so pages render in tests without the HTTP stack. */
  private get rest(): RestService {
    return this.injector.get(RestService);
  }

  private get<T>(url: string, params?: Record<string, string | number>): Observable<T> {
    return this.rest.request<void, T>({ method: 'GET', url, params }, this.config);
  }

  list(query: CaseListQuery): Observable<Paged<CaseDto>> {
    const params: Record<string, string | number> = { skipCount: query.skipCount, maxResultCount: query.maxResultCount };
    if (query.status) {
      params['status'] = query.status;
    }
    if (query.filter?.trim()) {
      params['filter'] = query.filter.trim();
    }
    if (query.bodyCode) {
      params['bodyCode'] = query.bodyCode;
    }
    return this.get('/api/app/cases', params);
  }

  getDetail(id: string): Observable<CaseDetail> {
    return this.get(`/api/app/cases/${id}`);
  }

  getSms(id: string): Observable<SmsLogEntry[]> {
    return this.get(`/api/app/cases/${id}/sms`);
  }

  /** Every action answers with the case as it is now. */
  act(id: string, request: ActionRequest): Observable<CaseDetail> {
    return this.rest.request<object, CaseDetail>(
      { method: 'POST', url: `/api/app/cases/${id}/${request.path}`, body: request.body },
      this.config,
    );
  }

  getBoard(): Observable<CaseBoard> {
    return this.get('/api/app/cases/board');
  }

  /** The supervision reminders to the user's bodies; `open`: only those whose step is still running late (the to-do). */
  getReminders(open = false): Observable<SupervisionReminder[]> {
    return this.get('/api/app/cases/reminders', open ? { open: 'true' } : undefined);
  }

  getFalseClosures(): Observable<FalseClosures> {
    return this.get('/api/app/cases/false-closures');
  }

  getRepeatedTransfers(): Observable<RepeatedTransfer[]> {
    return this.get('/api/app/cases/transfers');
  }

  /** Every body (names for codes; the transfer form's choices). Needs only a signed-in user. */
  getBodies(): Observable<Paged<BodyName>> {
    return this.get('/api/app/bodies', { maxResultCount: 1000 });
  }
}
