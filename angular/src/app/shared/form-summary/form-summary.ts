import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One line of the summary above a refused form: which field (its element id and label), and what is wrong. */
export interface FieldProblem {
  id: string;
  labelKey: string;
  problemKey: string;
  args: string[];
}

/** A form's field as the summary names it: the control's name, the element's id and the label's key. */
export interface SummaryField {
  name: string;
  id: string;
  labelKey: string;
}

/** What is wrong with each invalid control of a reactive form, in the order of `fields`. */
export function controlProblems(
  fields: readonly SummaryField[],
  controls: Record<string, { errors: Record<string, unknown> | null }>,
): FieldProblem[] {
  return fields.flatMap(field => {
    const errors = controls[field.name]?.errors;
    if (!errors) {
      return [];
    }
    const tooLong = errors['maxlength'] as { requiredLength: number; actualLength: number } | undefined;
    const problem: Pick<FieldProblem, 'problemKey' | 'args'> = errors['required']
      ? { problemKey: 'Dalad::Form:Required', args: [] }
      : tooLong
        ? { problemKey: 'Dalad::Form:TooLong', args: [String(tooLong.requiredLength), String(tooLong.actualLength)] }
        : errors['min']
          ? { problemKey: 'Dalad::Form:TooSmall', args: [String((errors['min'] as { min: number }).min)] }
          : { problemKey: 'Dalad::Form:Invalid', args: [] };
    return [{ id: field.id, labelKey: field.labelKey, ...problem }];
  });
}

/**
 * The list of invalid fields on top of a refused form (the field quoted, then what is wrong), each a link that moves the focus to
 * its field. Shown only while there is a problem; the form decides when (after a submit was tried).
 */
@Component({
  selector: 'dalad-form-summary',
  imports: [LocalizationPipe],
  template: `
    @if (problems().length) {
      <div class="alert alert-warning py-2" role="alert" [attr.data-testid]="testId()">
        <div class="fw-semibold">{{ 'Dalad::Form:Summary' | abpLocalization }}</div>
        <ul class="mb-0 ps-3">
          @for (p of problems(); track p.id) {
            <li>
              <button type="button" class="btn btn-link p-0 align-baseline text-start" [attr.data-problem-id]="p.id" (click)="focus(p.id)">
                {{ 'Dalad::Form:FieldProblem' | abpLocalization: (p.labelKey | abpLocalization) : (p.problemKey | abpLocalization: p.args[0] : p.args[1]) }}
              </button>
            </li>
          }
        </ul>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormSummary {
  readonly problems = input.required<readonly FieldProblem[]>();
  /** The summary's `data-testid`. */
  readonly testId = input('form-summary');

  focus(id: string): void {
    document.getElementById(id)?.focus();
  }
}
