import { ReplaceableComponentsService } from '@abp/ng.core';
import { eThemeLeptonXComponents, eUserMenuItems } from '@abp/ng.theme.lepton-x';
import { NavItemsService, UserMenuService } from '@abp/ng.theme.shared';
import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { WorkspaceContext } from '../workspace/workspace-context';
import { Brand } from './brand';
import { CurrentBody } from './current-body';

export const CURRENT_BODY_NAV_ITEM = 'Dalad.CurrentBody';

/**
 * Our additions to the LeptonX Lite layout: the current body in the header, the product name
 * from localization, and no "My account" entry (there is no server-side profile page yet).
 * Must come after provideThemeLeptonX() so the theme's own user menu exists.
 */
export function provideDaladLayout(): EnvironmentProviders {
  return provideAppInitializer(() => {
    const context = inject(WorkspaceContext);
    inject(NavItemsService).addItems([
      {
        id: CURRENT_BODY_NAV_ITEM,
        order: 10,
        component: CurrentBody,
        visible: () => context.isAuthenticated,
      },
    ]);
    inject(ReplaceableComponentsService).add({ key: eThemeLeptonXComponents.Logo, component: Brand });
    inject(UserMenuService).removeItem(eUserMenuItems.MyAccount);
  });
}
