import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable, Injector } from '@angular/core';
import { Observable } from 'rxjs';
import type { ChangePasswordInput, ProfileDto, UpdateProfileDto } from '../../proxy/generated/models';

/** The signed-in user's own profile and password (`/api/account/my-profile`, ABP's account contract). */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly injector = inject(Injector);
  // The page shows the server's message itself.
  private readonly config: Rest.Config = { apiName: 'default', skipHandleError: true };

  private get rest(): RestService {
    return this.injector.get(RestService);
  }

  getProfile(): Observable<ProfileDto> {
    return this.rest.request<void, ProfileDto>({ method: 'GET', url: '/api/account/my-profile' }, this.config);
  }

  updateProfile(body: UpdateProfileDto): Observable<ProfileDto> {
    return this.rest.request<UpdateProfileDto, ProfileDto>({ method: 'PUT', url: '/api/account/my-profile', body }, this.config);
  }

  changePassword(body: ChangePasswordInput): Observable<void> {
    return this.rest.request<ChangePasswordInput, void>(
      { method: 'POST', url: '/api/account/my-profile/change-password', body },
      this.config,
    );
  }
}
