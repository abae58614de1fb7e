import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { AssessmentRulesDto, AssessmentRulesInput } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { OVERSIGHT_ASSESS_POLICY } from '../oversight.feature';
import { OversightTabs } from '../oversight-tabs';
import { AssessmentApi } from './assessment-api';

type RuleField = Exclude<keyof AssessmentRulesInput, 'note'>;

/** The editable numbers of the rules, in the order of the form, each with its label. */
export const RULE_FIELDS: { field: RuleField; key: string; step: number }[] = [
  { field: 'inTimeWeight', key: 'Dalad::AssessmentRules:InTimeWeight', step: 0.5 },
  { field: 'satisfactionWeight', key: 'Dalad::AssessmentRules:SatisfactionWeight', step: 0.5 },
  { field: 'falseClosurePoints', key: 'Dalad::AssessmentRules:FalseClosurePoints', step: 0.5 },
  { field: 'offPlatformProjectPoints', key: 'Dalad::AssessmentRules:OffPlatformProjectPoints', step: 0.5 },
  { field: 'missedInspectionPoints', key: 'Dalad::AssessmentRules:MissedInspectionPoints', step: 0.5 },
  { field: 'lateSupervisionPoints', key: 'Dalad::AssessmentRules:LateSupervisionPoints', step: 0.5 },
  { field: 'excellentFrom', key: 'Dalad::AssessmentRules:ExcellentFrom', step: 1 },
  { field: 'goodFrom', key: 'Dalad::AssessmentRules:GoodFrom', step: 1 },
  { field: 'passFrom', key: 'Dalad::AssessmentRules:PassFrom', step: 1 },
  { field: 'rectificationWorkingDays', key: 'Dalad::AssessmentRules:RectificationWorkingDays', step: 1 },
];

/** The form's values from saved rules (the note starts empty: it explains the next change). */
export function rulesInput(rules: AssessmentRulesDto): AssessmentRulesInput {
  return {
    inTimeWeight: rules.inTimeWeight,
    satisfactionWeight: rules.satisfactionWeight,
    falseClosurePoints: rules.falseClosurePoints,
    offPlatformProjectPoints: rules.offPlatformProjectPoints,
    missedInspectionPoints: rules.missedInspectionPoints,
    lateSupervisionPoints: rules.lateSupervisionPoints,
    excellentFrom: rules.excellentFrom,
    goodFrom: rules.goodFrom,
    passFrom: rules.passFrom,
    rectificationWorkingDays: rules.rectificationWorkingDays,
    note: '',
  };
}

/**
 * The assessment's rules and weights: the current version, a form that saves a new one (the server checks the weights
 * and answers in Chinese; nothing is stored on a refusal), and every saved version. A past assessment keeps the copy
 * of the rules it used, so saving changes only the next computation.
 */
@Component({
  selector: 'dalad-assessment-rules',
  imports: [PageHeader, OversightTabs, LocalizationPipe, FormsModule, RouterLink],
  templateUrl: './assessment-rules.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssessmentRules implements OnInit {
  private readonly api = inject(AssessmentApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  readonly canAssess = inject(PermissionService).getGrantedPolicy(OVERSIGHT_ASSESS_POLICY);
  readonly fields = RULE_FIELDS;
  readonly current = signal<AssessmentRulesDto | null>(null);
  readonly history = signal<AssessmentRulesDto[]>([]);
  readonly error = signal<string | null>(null);
  readonly saved = signal(false);
  readonly busy = signal(false);
  readonly loading = signal(true);
  form: AssessmentRulesInput = {
    inTimeWeight: null,
    satisfactionWeight: null,
    falseClosurePoints: null,
    offPlatformProjectPoints: null,
    missedInspectionPoints: null,
    lateSupervisionPoints: null,
    excellentFrom: null,
    goodFrom: null,
    passFrom: null,
    rectificationWorkingDays: null,
    note: null,
  };

  ngOnInit(): void {
    this.load();
  }

  value(field: RuleField, rules: AssessmentRulesDto): number {
    return rules[field];
  }

  save(): void {
    this.busy.set(true);
    this.error.set(null);
    this.saved.set(false);
    this.api
      .saveRules(this.form)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.saved.set(true);
          this.load();
        },
        error: e => {
          this.busy.set(false);
          this.fail(e);
        },
      });
  }

  private load(): void {
    this.api
      .rules()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: rules => {
          this.current.set(rules);
          this.form = rulesInput(rules);
          this.loading.set(false);
        },
        error: e => this.fail(e),
      });
    this.api
      .rulesHistory()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: h => this.history.set(h), error: e => this.fail(e) });
  }

  private fail(e: unknown): void {
    this.loading.set(false);
    this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::AssessmentRules:Error'));
  }
}
