import { DynamicLayoutComponent, eLayoutType } from '@abp/ng.core';
import { LoaderBarComponent } from '@abp/ng.theme.shared';
import { Component } from '@angular/core';

/**
 * The root stays on default change detection: ABP's dynamic layout sets its layout outside
 * signals and would never render under an OnPush root.
 */
@Component({
  selector: 'dalad-root',
  imports: [LoaderBarComponent, DynamicLayoutComponent],
  template: `
    <abp-loader-bar />
    <abp-dynamic-layout [defaultLayout]="defaultLayout" />
  `,
})
export class App {
  /** Pages that are not in the menu still get the side-menu layout. */
  protected readonly defaultLayout = eLayoutType.application;
}
