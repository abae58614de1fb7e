import { ReplaceableComponentsService } from '@abp/ng.core';
import { eThemeLeptonXComponents, eUserMenuItems } from '@abp/ng.theme.lepton-x';
import { NavItemsService, UserMenuService } from '@abp/ng.theme.shared';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { FooterLinksService, FooterNav } from '@volo/ngx-lepton-x.core';
import { firstValueFrom, of } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { WorkspaceService } from '../../proxy/workspaces';
import { App } from '../../app';
import { Brand } from './brand';
import { CurrentBody } from './current-body';
import { ACCOUNT_PAGE, CURRENT_BODY_NAV_ITEM, provideDaladLayout } from './layout.providers';

describe('provideDaladLayout', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        ...provideAbpFakes(new FakeConfigState({ currentUser: { isAuthenticated: true, id: 'u1' } })),
        { provide: WorkspaceService, useValue: { getMine: () => of([]) } },
        // Stands in for the theme's own user menu entries (added by provideThemeLeptonX()).
        {
          provide: UserMenuService,
          useFactory: () => {
            const menu = new UserMenuService();
            menu.addItems([
              { id: eUserMenuItems.MyAccount, order: 100 },
              { id: eUserMenuItems.Logout, order: 101 },
            ]);
            return menu;
          },
        },
        provideDaladLayout(),
      ],
    });
  });

  it('puts the current body in the header', () => {
    const item = TestBed.inject(NavItemsService).items.find(i => i.id === CURRENT_BODY_NAV_ITEM);
    expect(item?.component).toBe(CurrentBody);
  });

  it("replaces the theme's logo with the localized product name", () => {
    expect(TestBed.inject(ReplaceableComponentsService).get(eThemeLeptonXComponents.Logo)?.component).toBe(Brand);
  });

  it('offers 个人信息 and 修改密码 instead of the theme\'s "My account", before logout', () => {
    const items = TestBed.inject(UserMenuService).items;
    expect(items.map(i => i.id)).toEqual(['Dalad.Profile', 'Dalad.ChangePassword', eUserMenuItems.Logout]);
    expect(items.map(i => i.textTemplate?.text)).toEqual(['Dalad::Shell:UserMenu:Profile', 'Dalad::Shell:UserMenu:ChangePassword', undefined]);
  });

  it('opens the profile page, at the password form for 修改密码', () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const items = TestBed.inject(UserMenuService).items;
    items.find(i => i.id === 'Dalad.Profile')!.action!();
    items.find(i => i.id === 'Dalad.ChangePassword')!.action!();
    expect(navigate.mock.calls).toEqual([
      [[ACCOUNT_PAGE], { fragment: undefined }],
      [[ACCOUNT_PAGE], { fragment: 'password' }],
    ]);
  });

  it("shows the product name in the footer instead of the theme's credits", async () => {
    const footer: FooterNav = await firstValueFrom(TestBed.inject(FooterLinksService).footerInfo$);
    expect(footer.authorName).toMatch(/\d{4} \u00a9 \[Dalad::AppName\]$/);
    expect(footer.brandUrl).toBe('');
    expect(footer.links).toEqual([]);
  });
});

describe('App (root component)', () => {
  it('uses default change detection: ABP sets the dynamic layout outside signals', () => {
    // An OnPush root left the page blank (the layout was chosen but never rendered).
    expect((App as unknown as { ɵcmp: { onPush: boolean } }).ɵcmp.onPush).toBe(false);
  });
});
