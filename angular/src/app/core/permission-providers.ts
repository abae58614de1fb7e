import { LocalizationService } from '@abp/ng.core';
import { HTTP_INTERCEPTORS, HttpEvent, HttpHandler, HttpInterceptor, HttpRequest, HttpResponse } from '@angular/common/http';
import { inject, Injectable, Provider } from '@angular/core';
import { map, Observable } from 'rxjs';

const PERMISSIONS_URL = /\/api\/permission-management\/permissions(\?|$)/;

/** The providers a grant can come from: roles and users. */
const PROVIDER_KEYS: Record<string, string> = {
  R: 'Dalad::PermissionProvider:R',
  U: 'Dalad::PermissionProvider:U',
};

interface ProviderInfo {
  providerName: string;
  providerKey: string;
}

interface PermissionsAnswer {
  groups?: { permissions?: { grantedProviders?: ProviderInfo[] }[] }[];
}

/**
 * ABP's permission dialog labels a grant that comes from elsewhere with the provider's code ("R: " and the role). The
 * grants of providers other than the one being edited get the provider's name instead (the localized word for role); the dialog
 * only ever compares those names with the edited provider's code, so it behaves the same.
 */
export function nameOtherProviders(answer: PermissionsAnswer, editedProvider: string, nameOf: (code: string) => string): PermissionsAnswer {
  return {
    ...answer,
    groups: answer.groups?.map(group => ({
      ...group,
      permissions: group.permissions?.map(permission => ({
        ...permission,
        grantedProviders: permission.grantedProviders?.map(p =>
          p.providerName === editedProvider ? p : { ...p, providerName: nameOf(p.providerName) },
        ),
      })),
    })),
  };
}

@Injectable()
export class PermissionProviderNames implements HttpInterceptor {
  private readonly localization = inject(LocalizationService);

  intercept(request: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {
    if (request.method !== 'GET' || !PERMISSIONS_URL.test(request.urlWithParams)) {
      return next.handle(request);
    }
    const edited = request.params.get('providerName') ?? new URL(request.urlWithParams, 'http://x').searchParams.get('providerName') ?? '';
    return next.handle(request).pipe(
      map(event =>
        event instanceof HttpResponse && event.body
          ? event.clone({ body: nameOtherProviders(event.body as PermissionsAnswer, edited, code => this.name(code)) })
          : event,
      ),
    );
  }

  private name(code: string): string {
    const key = PROVIDER_KEYS[code];
    return key ? this.localization.instant(key) : code;
  }
}

export function providePermissionProviderNames(): Provider {
  return { provide: HTTP_INTERCEPTORS, useClass: PermissionProviderNames, multi: true };
}
