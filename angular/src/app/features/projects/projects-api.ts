import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  AttendanceImportResultDto,
  BodyDto,
  ContractorAdvanceInput,
  InspectionInput,
  PaymentImportResultDto,
  PagedResultOfBodyDto,
  PagedResultOfTerritoryDto,
  ProjectDetailDto,
  ProjectInput,
  ProjectListItemDto,
  ProjectTypeDto,
  WarningCaseDto,
  WarningDto,
  WarningRuleDto,
  WarningRuleInput,
  WorkerDto,
  WorkerInput,
  WorkerMonthDto,
} from '../../proxy/generated/models';

export type ProjectBody = BodyDto;

const segment = encodeURIComponent;

/** Optional narrowing of the warnings list (`GET /api/app/warnings`). */
export interface WarningFilters {
  bodyCode?: string | null;
  status?: string | null;
  projectId?: string | null;
}

/**
 * The projects module's API (`/api/app/projects`, `/api/app/warnings`). Errors are not reported by ABP's
 * global handler: the pages show the server's problem details where the user acted.
 */
@Injectable({ providedIn: 'root' })
export class ProjectsApi {
  private readonly rest = inject(RestService);

  private request<T>(method: string, url: string, options: { body?: unknown; params?: Rest.Params } = {}): Observable<T> {
    return this.rest.request<unknown, T>(
      { method, url, body: options.body, params: options.params },
      { apiName: 'default', skipHandleError: true },
    );
  }

  getProjects(filters: { bodyCode?: string | null; search?: string | null } = {}): Observable<ProjectListItemDto[]> {
    return this.request('GET', '/api/app/projects', { params: present(filters) });
  }

  getProject(id: string): Observable<ProjectDetailDto> {
    return this.request('GET', `/api/app/projects/${segment(id)}`);
  }

  createProject(body: ProjectInput): Observable<ProjectDetailDto> {
    return this.request('POST', '/api/app/projects', { body });
  }

  updateProject(id: string, body: ProjectInput): Observable<ProjectDetailDto> {
    return this.request('PUT', `/api/app/projects/${segment(id)}`, { body });
  }

  addAdvance(id: string, body: ContractorAdvanceInput): Observable<ProjectDetailDto> {
    return this.request('POST', `/api/app/projects/${segment(id)}/advances`, { body });
  }

  addInspection(id: string, body: InspectionInput): Observable<ProjectDetailDto> {
    return this.request('POST', `/api/app/projects/${segment(id)}/inspections`, { body });
  }

  getWorkers(id: string): Observable<WorkerDto[]> {
    return this.request('GET', `/api/app/projects/${segment(id)}/workers`);
  }

  addWorker(id: string, body: WorkerInput): Observable<WorkerDto> {
    return this.request('POST', `/api/app/projects/${segment(id)}/workers`, { body });
  }

  /** An attendance file (.csv or .xlsx), parsed by the server: all rows stored, or none with each bad row's error. */
  importAttendanceFile(id: string, file: File): Observable<AttendanceImportResultDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.request('POST', `/api/app/projects/${segment(id)}/attendance/imports/file`, { body });
  }

  /** The bank's payment file (.csv or .xlsx) of a month (yyyy-MM). */
  importPaymentFile(id: string, month: string, file: File): Observable<PaymentImportResultDto> {
    const body = new FormData();
    body.append('file', file, file.name);
    body.append('month', month);
    return this.request('POST', `/api/app/projects/${segment(id)}/payments/imports/file`, { body });
  }

  getPayAgainstAttendance(id: string): Observable<WorkerMonthDto[]> {
    return this.request('GET', `/api/app/projects/${segment(id)}/pay-against-attendance`);
  }

  getProjectTypes(): Observable<ProjectTypeDto[]> {
    return this.request('GET', '/api/app/project-types');
  }

  /** Every territory (for the create form's picker; readable by every signed-in user). */
  getTerritories(): Observable<PagedResultOfTerritoryDto> {
    return this.request('GET', '/api/app/territories', { params: { maxResultCount: 1000 } });
  }

  /** Every body (the warnings' owner filter and names). */
  getBodies(): Observable<PagedResultOfBodyDto> {
    return this.request('GET', '/api/app/bodies', { params: { maxResultCount: 1000 } });
  }

  getWarnings(filters: WarningFilters = {}): Observable<WarningDto[]> {
    return this.request('GET', '/api/app/warnings', { params: present(filters) });
  }

  handleWarning(id: string, note: string): Observable<WarningDto> {
    return this.request('POST', `/api/app/warnings/${segment(id)}/handle`, { body: { note } });
  }

  closeWarning(id: string, note: string): Observable<WarningDto> {
    return this.request('POST', `/api/app/warnings/${segment(id)}/close`, { body: { note } });
  }

  warningToCase(id: string): Observable<WarningCaseDto> {
    return this.request('POST', `/api/app/warnings/${segment(id)}/to-case`);
  }

  getWarningRules(): Observable<WarningRuleDto[]> {
    return this.request('GET', '/api/app/warning-rules');
  }

  /** Changes a rule; the server evaluates every project again with it at once. */
  updateWarningRule(key: string, body: WarningRuleInput): Observable<WarningRuleDto> {
    return this.request('PUT', `/api/app/warning-rules/${segment(key)}`, { body });
  }
}

function present(filters: object): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => !!value)) as Record<string, string>;
}
