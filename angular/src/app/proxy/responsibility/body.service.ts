import { RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { BodyDto, GetBodiesInput, PagedResultDto } from './models';

@Injectable({ providedIn: 'root' })
export class BodyService {
  private readonly rest = inject(RestService);
  readonly apiName = 'default';

  getList(input: GetBodiesInput = {}): Observable<PagedResultDto<BodyDto>> {
    return this.rest.request<void, PagedResultDto<BodyDto>>(
      { method: 'GET', url: '/api/app/bodies', params: { ...input } },
      { apiName: this.apiName },
    );
  }
}
