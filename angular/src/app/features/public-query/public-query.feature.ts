import { eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';

export const PUBLIC_QUERY_PATH = '/query';

/**
 * The public status page is not in the menu; its (invisible) entry tells ABP's dynamic layout to render it without the
 * application shell, which needs a signed-in user.
 */
export function providePublicQueryFeature(): EnvironmentProviders {
  return provideMenu(() => [
    { path: PUBLIC_QUERY_PATH, name: 'Dalad::PublicQuery:Title', invisible: true, layout: eLayoutType.empty },
  ]);
}
