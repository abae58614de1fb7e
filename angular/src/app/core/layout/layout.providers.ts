import { LocalizationService, ReplaceableComponentsService } from '@abp/ng.core';
import { eThemeLeptonXComponents, eUserMenuItems } from '@abp/ng.theme.lepton-x';
import { NavItemsService, UserMenuService } from '@abp/ng.theme.shared';
import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { Router } from '@angular/router';
import { FooterLinksService } from '@volo/ngx-lepton-x.core';
import { distinctUntilChanged } from 'rxjs';
import { WorkspaceContext } from '../workspace/workspace-context';
import { Brand } from './brand';
import { CurrentBody } from './current-body';
import { labelIconButtons } from './icon-labels';

export const CURRENT_BODY_NAV_ITEM = 'Dalad.CurrentBody';

export const ACCOUNT_PAGE = '/account/manage';

/** The user menu's own entries, before the theme's logout (order 101). */
export const USER_MENU_ITEMS = [
  { id: 'Dalad.Profile', order: 98, textTemplate: { text: 'Dalad::Shell:UserMenu:Profile', icon: 'fa fa-user' }, fragment: undefined },
  { id: 'Dalad.ChangePassword', order: 99, textTemplate: { text: 'Dalad::Shell:UserMenu:ChangePassword', icon: 'fa fa-key' }, fragment: 'password' },
];

/**
 * Our additions to the LeptonX Lite layout: the current body in the header, the product name
 * from localization (logo and footer, instead of the theme's own credits), and our own
 * profile / change-password entries in the user menu instead of the theme's "My account" (ABP's account
 * module's page is not installed; ours is /account/manage).
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
    const replaceable = inject(ReplaceableComponentsService);
    replaceable.add({ key: eThemeLeptonXComponents.Logo, component: Brand });
    // The theme's footer shows its own credits and links; show the product name instead.
    // (Set through the theme's footer data: replacing the footer component renders too late.)
    const localization = inject(LocalizationService);
    if (typeof document !== 'undefined') {
      labelIconButtons(document.body, localization);
    }
    const footer = inject(FooterLinksService);
    const year = new Date().getFullYear();
    inject(LocalizationService)
      .get('Dalad::AppName')
      .pipe(distinctUntilChanged())
      .subscribe(appName =>
        footer.setFooterInfo({ brandName: '', brandUrl: '', authorName: `${year} \u00a9 ${appName}`, authorUrl: '/', links: [] }),
      );
    const userMenu = inject(UserMenuService);
    const router = inject(Router);
    userMenu.removeItem(eUserMenuItems.MyAccount);
    userMenu.addItems(
      USER_MENU_ITEMS.map(({ fragment, ...item }) => ({ ...item, action: () => void router.navigate([ACCOUNT_PAGE], { fragment }) })),
    );
  });
}
