import { ABP, eLayoutType } from '@abp/ng.core';
import { EnvironmentProviders } from '@angular/core';
import { provideMenu } from '../../core/menu';

/** The workspace: every signed-in user's landing page (no permission). */
export function workspaceMenu(): ABP.Route[] {
  return [{ path: '/workspace', name: 'Dalad::Menu:Workspace', iconClass: 'fa fa-home', order: 1, layout: eLayoutType.application }];
}

export function provideWorkspaceFeature(): EnvironmentProviders {
  return provideMenu(workspaceMenu);
}
