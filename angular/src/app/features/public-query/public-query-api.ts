import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable, Injector } from '@angular/core';
import { Observable } from 'rxjs';
import type { PublicCaseStatusDto } from '../../proxy/generated/models';

export type { PublicCaseStatusDto };

/** The complainant's status lookup, without signing in: the case number, the phone and the code of the SMS. */
@Injectable({ providedIn: 'root' })
export class PublicQueryApi {
  private readonly injector = inject(Injector);
  // The page shows its own message for "not found" and "too many".
  private readonly config: Rest.Config = { apiName: 'default', skipHandleError: true };

  private get rest(): RestService {
    return this.injector.get(RestService);
  }

  lookup(caseNumber: string, phone: string, code: string): Observable<PublicCaseStatusDto> {
    return this.rest.request<void, PublicCaseStatusDto>(
      { method: 'GET', url: `/api/public/cases/${encodeURIComponent(caseNumber)}`, params: { phone, code } },
      this.config,
    );
  }
}
