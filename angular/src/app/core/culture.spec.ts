import { ApplicationConfigurationDto } from '@abp/ng.core';
import { HttpClient, provideHttpClient, withInterceptorsFromDi } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { SessionStateService } from '@abp/ng.core';
import { ApplicationInitStatus } from '@angular/core';
import { BehaviorSubject } from 'rxjs';
import {
  adoptLoginPageLanguage,
  LOGIN_PAGE_LANGUAGE_COOKIE,
  normalizeCurrentCulture,
  provideCultureNormalizing,
  provideRootCultureCookie,
} from './culture';

function config(cultureName: string, defaultLanguage = 'zh-Hans'): ApplicationConfigurationDto {
  return {
    localization: {
      languages: [
        { cultureName: 'zh-Hans', uiCultureName: 'zh-Hans', displayName: 'zh', twoLetterISOLanguageName: 'zh', flagIcon: '' },
        { cultureName: 'en', uiCultureName: 'en', displayName: 'en', twoLetterISOLanguageName: 'en', flagIcon: '' },
      ],
      currentCulture: { cultureName, name: cultureName },
    },
    setting: { values: { 'Abp.Localization.DefaultLanguage': defaultLanguage } },
  } as unknown as ApplicationConfigurationDto;
}

const culture = (c: ApplicationConfigurationDto) => c.localization.currentCulture.cultureName;

describe('normalizeCurrentCulture', () => {
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('keeps a culture that is one of the languages', () => {
    const input = config('zh-Hans');
    expect(normalizeCurrentCulture(input)).toBe(input);
  });

  it.each([
    ['en-US', 'en'],
    ['EN', 'en'],
    ['zh-CN', 'zh-Hans'],
    ['zh-hans', 'zh-Hans'],
    ['fr-FR', 'zh-Hans'],
    ['', 'zh-Hans'],
  ])('maps %s onto %s', (given, expected) => {
    expect(culture(normalizeCurrentCulture(config(given)))).toBe(expected);
  });

  it('falls back to the first language when the default is not offered either', () => {
    expect(culture(normalizeCurrentCulture(config('de', 'fr')))).toBe('zh-Hans');
  });

  it('rewrites the application-configuration response only', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptorsFromDi()), provideHttpClientTesting(), provideCultureNormalizing()],
    });
    const http = TestBed.inject(HttpClient);
    const backend = TestBed.inject(HttpTestingController);

    const appConfig = firstValueFrom(http.get<ApplicationConfigurationDto>('/api/abp/application-configuration'));
    backend.expectOne('/api/abp/application-configuration').flush(config('en-GB'));
    expect(culture(await appConfig)).toBe('en');

    const other = firstValueFrom(http.get<ApplicationConfigurationDto>('/api/app/other'));
    backend.expectOne('/api/app/other').flush(config('en-GB'));
    expect(culture(await other)).toBe('en-GB');
    backend.verify();
  });
});

describe('adoptLoginPageLanguage', () => {
  const clearCookie = () => (document.cookie = `${LOGIN_PAGE_LANGUAGE_COOKIE}=; path=/; max-age=0`);
  beforeEach(() => {
    localStorage.clear();
    clearCookie();
  });
  afterEach(clearCookie);

  const stored = () => JSON.parse(localStorage.getItem('abpSession') ?? 'null');

  it('takes the language chosen on the login page over the one stored before sign-in, once', () => {
    localStorage.setItem('abpSession', JSON.stringify({ language: 'zh-Hans', tenant: { id: null } }));
    document.cookie = `${LOGIN_PAGE_LANGUAGE_COOKIE}=en; path=/`;

    adoptLoginPageLanguage();

    expect(stored()).toEqual({ language: 'en', tenant: { id: null } });
    expect(document.cookie).not.toContain(LOGIN_PAGE_LANGUAGE_COOKIE);
  });

  it('starts a session when none is stored yet', () => {
    document.cookie = `${LOGIN_PAGE_LANGUAGE_COOKIE}=en; path=/`;
    adoptLoginPageLanguage();
    expect(stored()).toEqual({ language: 'en' });
  });

  it('leaves the stored language alone without the cookie', () => {
    localStorage.setItem('abpSession', JSON.stringify({ language: 'zh-Hans' }));
    adoptLoginPageLanguage();
    expect(stored()).toEqual({ language: 'zh-Hans' });
  });

  it('ignores a value that is not a culture name', () => {
    localStorage.setItem('abpSession', JSON.stringify({ language: 'zh-Hans' }));
    document.cookie = `${LOGIN_PAGE_LANGUAGE_COOKIE}=${encodeURIComponent('<script>')}; path=/`;
    adoptLoginPageLanguage();
    expect(stored()).toEqual({ language: 'zh-Hans' });
    expect(document.cookie).not.toContain(LOGIN_PAGE_LANGUAGE_COOKIE);
  });
});

describe('provideRootCultureCookie', () => {
  const cultureCookies = () => document.cookie.split(';').filter(c => c.trim().startsWith('.AspNetCore.Culture='));

  afterEach(() => (document.cookie = '.AspNetCore.Culture=; path=/; max-age=0'));

  it("keeps one culture cookie for the whole site in step with the app's language", async () => {
    const language$ = new BehaviorSubject<string>('zh-Hans');
    TestBed.configureTestingModule({
      providers: [{ provide: SessionStateService, useValue: { getLanguage$: () => language$ } }, provideRootCultureCookie()],
    });
    await TestBed.inject(ApplicationInitStatus).donePromise;
    expect(cultureCookies().map(c => c.trim())).toEqual(['.AspNetCore.Culture=c%3Dzh-Hans%7Cuic%3Dzh-Hans']);

    language$.next('en');
    expect(cultureCookies().map(c => c.trim())).toEqual(['.AspNetCore.Culture=c%3Den%7Cuic%3Den']);
  });
});
