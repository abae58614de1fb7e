import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable, Injector } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  BodyDto,
  CaseAssignmentDto,
  CaseBoardDto,
  CaseCountsDto,
  CaseDetailDto,
  CaseDto,
  CasePage,
  CaseWorkflowDto,
  FalseClosuresDto,
  PagedResultOfBodyDto,
  RepeatedTransferDto,
  SmsLogDto,
  SupervisionReminderDto,
  SupervisionReminderPage as SupervisionReminderPageDto,
} from '../../proxy/generated/models';

// The answers are the generated DTOs (scripts/generate-api-clients.sh); these names are the feature's vocabulary.
export type { CaseDto };
export type CaseAssignment = CaseAssignmentDto;
export type CaseWorkflow = CaseWorkflowDto;
export type CaseDetail = CaseDetailDto;
export type SmsLogEntry = SmsLogDto;
export type CaseBoard = CaseBoardDto;
export type CaseCounts = CaseCountsDto;
export type SupervisionReminder = SupervisionReminderDto;
export type SupervisionReminderPage = SupervisionReminderPageDto;
/** One of the board's case lists, paged on its own ("load more"). */
export type BoardList = 'overdue' | 'due-soon';
export type FalseClosures = FalseClosuresDto;
export type RepeatedTransfer = RepeatedTransferDto;
export type BodyName = BodyDto;

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

  list(query: CaseListQuery): Observable<CasePage> {
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

  /**
   * The board: a page of each case list and the overdue leads; with `list` and the list's `nextCursor`, the next page of
   * that list only.
   */
  getBoard(list?: BoardList, cursor?: string): Observable<CaseBoard> {
    return this.get('/api/app/cases/board', list && cursor ? { list, cursor } : undefined);
  }

  /**
   * The to-do card's badges, counted by the server: overdue and due-soon open cases and open reminders, of one body
   * (`bodyCode`) or of every case the user sees.
   */
  getCounts(bodyCode?: string): Observable<CaseCounts> {
    return this.get('/api/app/cases/counts', bodyCode ? { bodyCode } : undefined);
  }

  /**
   * A page of the supervision reminders on the user's bodies' cases, newest first; `open`: only those whose step is
   * still running late (the to-do); `cursor`: the previous page's `nextCursor`.
   */
  getReminders(open = false, cursor?: string): Observable<SupervisionReminderPage> {
    const params: Record<string, string> = {};
    if (open) {
      params['open'] = 'true';
    }
    if (cursor) {
      params['cursor'] = cursor;
    }
    return this.get('/api/app/cases/reminders', params);
  }

  getFalseClosures(): Observable<FalseClosures> {
    return this.get('/api/app/cases/false-closures');
  }

  getRepeatedTransfers(): Observable<RepeatedTransfer[]> {
    return this.get('/api/app/cases/transfers');
  }

  /** Every body (names for codes; the transfer form's choices). Needs only a signed-in user. */
  getBodies(): Observable<PagedResultOfBodyDto> {
    return this.get('/api/app/bodies', { maxResultCount: 1000 });
  }
}
