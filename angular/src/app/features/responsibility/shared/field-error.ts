import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AbstractControl } from '@angular/forms';

/**
 * The message under a form field once the user has touched it. Default change detection: a
 * control's state changes without any input of this component changing.
 */
@Component({
  selector: 'dalad-field-error',
  imports: [LocalizationPipe],
  templateUrl: './field-error.html',
  changeDetection: ChangeDetectionStrategy.Default,
})
export class FieldError {
  readonly control = input.required<AbstractControl>();
  /** Shown when the value does not match the field's pattern. */
  readonly patternKey = input<string>();

  protected maxLength(): string {
    return String(this.control().errors?.['maxlength']?.requiredLength ?? '');
  }
}
