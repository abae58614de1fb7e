import { DynamicLayoutComponent, eLayoutType } from '@abp/ng.core';
import { LoaderBarComponent } from '@abp/ng.theme.shared';
import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'dalad-root',
  imports: [LoaderBarComponent, DynamicLayoutComponent],
  template: `
    <abp-loader-bar />
    <abp-dynamic-layout [defaultLayout]="defaultLayout" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  /** Pages that are not in the menu still get the side-menu layout. */
  protected readonly defaultLayout = eLayoutType.application;
}
