import { RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { WorkspaceEntryDto } from './models';

@Injectable({ providedIn: 'root' })
export class WorkspaceService {
  private readonly rest = inject(RestService);
  readonly apiName = 'default';

  /** The bodies the current user belongs to, each with the workspace to open for it. */
  getMine(): Observable<WorkspaceEntryDto[]> {
    return this.rest.request<void, WorkspaceEntryDto[]>(
      { method: 'GET', url: '/api/app/workspaces/mine' },
      { apiName: this.apiName },
    );
  }
}
