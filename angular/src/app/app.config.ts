import { provideAbpCore, withOptions } from '@abp/ng.core';
import { provideIdentityConfig } from '@abp/ng.identity/config';
import { provideAbpOAuth } from '@abp/ng.oauth';
import { provideThemeLeptonX } from '@abp/ng.theme.lepton-x';
import { provideSideMenuLayout } from '@abp/ng.theme.lepton-x/layouts';
import { provideAbpThemeShared } from '@abp/ng.theme.shared';
import { ApplicationConfig, provideZoneChangeDetection } from '@angular/core';
import { provideAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { environment } from '../environments/environment';
import { APP_ROUTES } from './app.routes';
import { provideCultureNormalizing, provideRootCultureCookie } from './core/culture';
import { provideDaladLayout } from './core/layout/layout.providers';
import { providePermissionProviderNames } from './core/permission-providers';
import { registerDaladLocale } from './core/locale';
import { provideDaladFeatures } from './app.features';
import { provideForbiddenPage } from './features/shell/forbidden-handler';
import { providePublicQueryFeature } from './features/public-query/public-query.feature';
import { providePublicDrawsFeature } from './features/public-draws/public-draws.feature';
import { providePublicDisclosuresFeature } from './features/public-disclosures/public-disclosures.feature';

export const appConfig: ApplicationConfig = {
  providers: [
    provideZoneChangeDetection({ eventCoalescing: true }),
    provideRouter(APP_ROUTES, withComponentInputBinding()),
    provideAnimations(),
    provideAbpCore(
      withOptions({
        environment,
        registerLocaleFn: registerDaladLocale,
      }),
    ),
    provideCultureNormalizing(),
    provideRootCultureCookie(),
    provideAbpOAuth(),
    provideAbpThemeShared(),
    provideThemeLeptonX(),
    provideSideMenuLayout(),
    provideIdentityConfig(),
    ...provideDaladFeatures(),
    providePublicQueryFeature(),
    providePublicDrawsFeature(),
    providePublicDisclosuresFeature(),
    provideDaladLayout(),
    provideForbiddenPage(),
    providePermissionProviderNames(),
  ],
};
