import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

export type ErrorPageKind = 'forbidden' | 'not-found';

/**
 * The 403 and 404 pages, rendered inside the application layout (menu and header stay), with a way back to the
 * workspace. `kind` comes from the route data.
 */
@Component({
  selector: 'dalad-error-page',
  imports: [LocalizationPipe, RouterLink],
  templateUrl: './error-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorPage {
  readonly kind = input<ErrorPageKind>('not-found');
}
