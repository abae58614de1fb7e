import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { countdown } from '../cases-logic';

/** "3 working days left" / "due today" / "overdue by 2 working days", coloured by the deadline state; nothing without a running step. */
@Component({
  selector: 'dalad-case-countdown',
  imports: [LocalizationPipe],
  template: `
    @if (value(); as c) {
      <span
        class="badge"
        data-testid="countdown"
        [attr.data-state]="c.state"
        [class.text-bg-success]="c.state === 'on-time'"
        [class.text-bg-warning]="c.state === 'due-soon'"
        [class.text-bg-danger]="c.state === 'overdue'"
        >{{ c.key | abpLocalization: c.args }}</span
      >
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseCountdown {
  readonly workingDaysLeft = input<number | null | undefined>(null);
  readonly deadlineState = input<string | null | undefined>(null);
  protected readonly value = computed(() => countdown(this.workingDaysLeft(), this.deadlineState()));
}
