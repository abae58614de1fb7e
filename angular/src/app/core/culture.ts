import { ApplicationConfigurationDto, COOKIE_LANGUAGE_KEY, SessionStateService } from '@abp/ng.core';
import {
  HTTP_INTERCEPTORS,
  HttpEvent,
  HttpHandler,
  HttpInterceptor,
  HttpRequest,
  HttpResponse,
} from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { EnvironmentProviders, inject, Injectable, provideAppInitializer, Provider } from '@angular/core';
import { map, Observable } from 'rxjs';

const DEFAULT_LANGUAGE_SETTING = 'Abp.Localization.DefaultLanguage';

/**
 * LeptonX waits (forever) for the current culture to be one of `localization.languages` before it
 * loads its styles: a back end that answers `en-US` or `zh-CN` while offering `en` and `zh-Hans`
 * leaves a blank page. This maps such a culture onto the closest offered language (same culture,
 * then same language, then the default-language setting, then the first language).
 */
export function normalizeCurrentCulture(config: ApplicationConfigurationDto): ApplicationConfigurationDto {
  const localization = config?.localization;
  const languages = localization?.languages ?? [];
  const current = localization?.currentCulture?.cultureName;
  if (!languages.length || languages.some(lang => lang.cultureName === current)) {
    return config;
  }
  const lower = (current ?? '').toLowerCase();
  const twoLetters = lower.split('-')[0];
  const defaultLanguage = config.setting?.values?.[DEFAULT_LANGUAGE_SETTING];
  const match =
    languages.find(lang => lang.cultureName?.toLowerCase() === lower) ??
    (twoLetters
      ? languages.find(
          lang =>
            lang.cultureName?.toLowerCase().split('-')[0] === twoLetters ||
            lang.twoLetterISOLanguageName?.toLowerCase() === twoLetters,
        )
      : undefined) ??
    languages.find(lang => lang.cultureName === defaultLanguage) ??
    languages[0];
  console.warn(
    `application-configuration: current culture '${current}' is not among the languages; using '${match.cultureName}'.`,
  );
  return {
    ...config,
    localization: {
      ...localization,
      currentCulture: { ...localization.currentCulture, cultureName: match.cultureName },
    },
  };
}

@Injectable()
export class CultureNormalizingInterceptor implements HttpInterceptor {
  intercept(request: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {
    if (!request.url.includes('/api/abp/application-configuration')) {
      return next.handle(request);
    }
    return next.handle(request).pipe(
      map(event =>
        event instanceof HttpResponse && event.body
          ? event.clone({ body: normalizeCurrentCulture(event.body as ApplicationConfigurationDto) })
          : event,
      ),
    );
  }
}

export function provideCultureNormalizing(): Provider {
  return { provide: HTTP_INTERCEPTORS, useClass: CultureNormalizingInterceptor, multi: true };
}

/** The server-rendered login page leaves the language chosen there in this cookie (see LoginPage.cs). */
export const LOGIN_PAGE_LANGUAGE_COOKIE = 'dalad.login-language';

/**
 * ABP keeps the app's language in local storage (`abpSession.language`) and writes it into the
 * culture cookie as it starts, so a language chosen on the login page would lose to the one stored
 * before sign-in. Called before bootstrap: adopts the login page's choice once and clears its cookie.
 */
export function adoptLoginPageLanguage(doc: Document = document, storage: Storage = localStorage): void {
  const prefix = `${LOGIN_PAGE_LANGUAGE_COOKIE}=`;
  const cookie = doc.cookie
    .split(';')
    .map(part => part.trim())
    .find(part => part.startsWith(prefix));
  if (!cookie) {
    return;
  }
  doc.cookie = `${prefix}; path=/; max-age=0`;
  const language = decodeURIComponent(cookie.slice(prefix.length));
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) {
    return;
  }
  let session: Record<string, unknown> = {};
  try {
    session = JSON.parse(storage.getItem('abpSession') ?? '{}') ?? {};
  } catch {
    // A damaged entry: ABP would start over as well.
  }
  storage.setItem('abpSession', JSON.stringify({ ...session, language }));
}

/**
 * ABP writes the culture cookie without a path, so a language chosen on `/workspace/...` lands in
 * a cookie for `/workspace` only, while the API (`/api/...`) keeps getting the old one from `/`:
 * after a reload the app fell back to the earlier language. This keeps one cookie, for `/`, in step
 * with the app's language (ABP's own subscription runs first; its path-bound copy is removed).
 */
export function provideRootCultureCookie(): EnvironmentProviders {
  return provideAppInitializer(() => {
    const doc = inject(DOCUMENT);
    const name = inject(COOKIE_LANGUAGE_KEY);
    inject(SessionStateService)
      .getLanguage$()
      .subscribe(language => {
        if (!language) {
          return;
        }
        doc.cookie = `${name}=; max-age=0`;
        doc.cookie = `${name}=${encodeURIComponent(`c=${language}|uic=${language}`)}; path=/; max-age=31536000; samesite=lax`;
      });
  });
}
