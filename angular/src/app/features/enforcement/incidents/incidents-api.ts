import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import type {
  IllegalDemandDto,
  IllegalDemandInput,
  IncidentDto,
  IncidentReportInput,
  JointActionDto,
  JointActionInput,
  OpinionGradeInput,
  OpinionPostInput,
  PresenceInput,
} from '../../../proxy/generated/models';

function params(query: object): Rest.Params {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Rest.Params;
}

/** Mass incidents, illegal wage demands and joint enforcement (/api/app/incidents, /illegal-demands, /joint-actions). */
@Injectable({ providedIn: 'root' })
export class IncidentsApi {
  private readonly rest = inject(RestService);

  private get<T>(url: string, query: object = {}): Observable<T> {
    return this.rest.request<unknown, T>({ method: 'GET', url, params: params(query) }, { apiName: 'default', skipHandleError: true });
  }

  private post<I, T>(url: string, body: I): Observable<T> {
    return this.rest.request<I, T>({ method: 'POST', url, body }, { apiName: 'default', skipHandleError: true });
  }

  incidents(): Observable<IncidentDto[]> {
    return this.get('/api/app/incidents');
  }

  incident(id: string): Observable<IncidentDto> {
    return this.get(`/api/app/incidents/${encodeURIComponent(id)}`);
  }

  report(input: IncidentReportInput): Observable<IncidentDto> {
    return this.post('/api/app/incidents', input);
  }

  presence(id: string, input: PresenceInput): Observable<IncidentDto> {
    return this.post(`/api/app/incidents/${encodeURIComponent(id)}/presences`, input);
  }

  settle(id: string, note: string | null): Observable<IncidentDto> {
    return this.post(`/api/app/incidents/${encodeURIComponent(id)}/settle`, { note });
  }

  grade(id: string, input: OpinionGradeInput): Observable<IncidentDto> {
    return this.post(`/api/app/incidents/${encodeURIComponent(id)}/opinion`, input);
  }

  linkPost(id: string, input: OpinionPostInput): Observable<IncidentDto> {
    return this.post(`/api/app/incidents/${encodeURIComponent(id)}/posts`, input);
  }

  illegalDemands(): Observable<IllegalDemandDto[]> {
    return this.get('/api/app/illegal-demands');
  }

  reportIllegalDemand(input: IllegalDemandInput): Observable<IllegalDemandDto> {
    return this.post('/api/app/illegal-demands', input);
  }

  handleIllegalDemand(id: string, measure: string | null): Observable<IllegalDemandDto> {
    return this.post(`/api/app/illegal-demands/${encodeURIComponent(id)}/handle`, { measure });
  }

  jointActions(): Observable<JointActionDto[]> {
    return this.get('/api/app/joint-actions');
  }

  recordJointAction(input: JointActionInput): Observable<JointActionDto> {
    return this.post('/api/app/joint-actions', input);
  }
}

export const ON_SITE_ROLES = ['industry', 'township', 'union', 'employer'] as const;
export const OPINION_GRADES = ['general', 'significant', 'major'] as const;
export const ILLEGAL_DEMAND_KINDS = ['disrupting-offices', 'gathering-crowds', 'spreading-rumours'] as const;

type IncidentLabel = 'Role' | 'Grade' | 'Status' | 'Level' | 'Demand';

/** The localization key of each server code (written out: the key check finds only literal keys). */
const INCIDENT_KEYS: Record<IncidentLabel, Record<string, string>> = {
  Role: {
    industry: 'Dalad::Enforcement:Incident:Role:Industry',
    township: 'Dalad::Enforcement:Incident:Role:Township',
    union: 'Dalad::Enforcement:Incident:Role:Union',
    employer: 'Dalad::Enforcement:Incident:Role:Employer',
  },
  Grade: {
    general: 'Dalad::Enforcement:Incident:Grade:General',
    significant: 'Dalad::Enforcement:Incident:Grade:Significant',
    major: 'Dalad::Enforcement:Incident:Grade:Major',
  },
  Status: {
    open: 'Dalad::Enforcement:Incident:Status:Open',
    settled: 'Dalad::Enforcement:Incident:Status:Settled',
    received: 'Dalad::Enforcement:Incident:Status:Received',
    handled: 'Dalad::Enforcement:Incident:Status:Handled',
  },
  Level: {
    'joint-office': 'Dalad::Enforcement:Incident:Level:JointOffice',
    government: 'Dalad::Enforcement:Incident:Level:Government',
  },
  Demand: {
    'disrupting-offices': 'Dalad::Enforcement:Incident:Demand:DisruptingOffices',
    'gathering-crowds': 'Dalad::Enforcement:Incident:Demand:GatheringCrowds',
    'spreading-rumours': 'Dalad::Enforcement:Incident:Demand:SpreadingRumours',
  },
};

/** The label of a server code; an unknown code reads "other" rather than showing the code. */
export function incidentKey(group: IncidentLabel, code: string | null | undefined): string {
  return INCIDENT_KEYS[group][code ?? ''] ?? 'Dalad::Enforcement:Unknown';
}

/** Body codes typed in one field, separated by commas (either width), semicolons or spaces. */
export function splitBodyCodes(text: string): string[] {
  return text
    .split(/[,;\s\uff0c]+/)
    .map(b => b.trim())
    .filter(b => b.length > 0);
}
