import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The title block of a page. The `...Key` inputs are localization keys (`Dalad::...`);
 * `title` and `subtitle` are for data such as a body's name.
 */
@Component({
  selector: 'dalad-page-header',
  imports: [LocalizationPipe],
  templateUrl: './page-header.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PageHeader {
  readonly titleKey = input<string>();
  readonly title = input<string>();
  readonly subtitleKey = input<string>();
  readonly subtitle = input<string>();
  readonly descriptionKey = input<string>();
}
