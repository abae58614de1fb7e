import { eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';

export const PUBLIC_DRAWS_PATH = '/draws';

/** The public random-inspection page: not in the menu; its invisible entry renders it in the empty layout (no sign-in). */
export function providePublicDrawsFeature(): EnvironmentProviders {
  return provideMenu(() => [{ path: PUBLIC_DRAWS_PATH, name: 'Dalad::PublicDraws:Title', invisible: true, layout: eLayoutType.empty }]);
}
