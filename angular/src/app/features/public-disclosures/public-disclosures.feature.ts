import { eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';

export const PUBLIC_DISCLOSURES_PATH = '/disclosures';

/** The public quarterly disclosure: not in the menu; its invisible entry renders it in the empty layout (no sign-in). */
export function providePublicDisclosuresFeature(): EnvironmentProviders {
  return provideMenu(() => [
    { path: PUBLIC_DISCLOSURES_PATH, name: 'Dalad::PublicDisclosures:Title', invisible: true, layout: eLayoutType.empty },
  ]);
}
