import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Problem } from './problem';

/** The server's explanation of a refused or failed request. */
@Component({
  selector: 'dalad-problem-alert',
  imports: [LocalizationPipe],
  templateUrl: './problem-alert.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProblemAlert {
  readonly problem = input<Problem | null>(null);
}
