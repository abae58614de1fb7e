import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { WarningRuleDto } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { ProjectsApi } from '../projects-api';
import { labelOf, SEVERITY_KEYS, WARNING_SEVERITIES } from '../projects-labels';

/** The largest threshold the server accepts (WarningRuleInputValidator: 0–366 days). */
export const MAX_THRESHOLD = 366;

/** One rule as edited: the saved rule and the values in its form. */
interface RuleRow {
  rule: WarningRuleDto;
  threshold: number | string | null;
  severity: string;
  enabled: boolean;
}

type Message = { key: string; text?: undefined } | { text: string; key?: undefined };

/**
 * The early-warning rules (`/api/app/warning-rules`) for a holder of Dalad.Warnings.ManageRules: each rule's threshold,
 * severity and whether it is on, saved one rule at a time (the server evaluates every project again at once).
 */
@Component({
  selector: 'dalad-warning-rules',
  imports: [PageHeader, LocalizationPipe, FormsModule],
  templateUrl: './warning-rules.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WarningRules implements OnInit {
  private readonly api = inject(ProjectsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly severities = WARNING_SEVERITIES.map(code => ({ code, key: SEVERITY_KEYS[code] }));
  readonly maxThreshold = MAX_THRESHOLD;
  readonly loading = signal(true);
  readonly error = signal<Message | null>(null);
  readonly rows = signal<RuleRow[]>([]);
  /** The rule being saved, the last rule's error and the last rule saved. */
  readonly saving = signal<string | null>(null);
  readonly rowError = signal<{ key: string; message: Message } | null>(null);
  readonly saved = signal<string | null>(null);

  ngOnInit(): void {
    this.api
      .getWarningRules()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: rules => {
          this.loading.set(false);
          this.rows.set(rules.map(toRow));
        },
        error: e => {
          this.loading.set(false);
          const text = serverErrorMessage(e);
          this.error.set(text ? { text } : { key: 'Dalad::WarningRules:Error' });
        },
      });
  }

  severityKey(severity: string): string {
    return labelOf(SEVERITY_KEYS, severity);
  }

  /** Saves one rule; a threshold that is not a whole number of days in range is refused before it is sent. */
  save(row: RuleRow): void {
    const key = row.rule.key;
    this.saved.set(null);
    const threshold = Number(row.threshold);
    if (row.threshold === null || row.threshold === '' || !Number.isInteger(threshold) || threshold < 0 || threshold > MAX_THRESHOLD) {
      this.rowError.set({ key, message: { key: 'Dalad::WarningRules:BadThreshold' } });
      return;
    }
    this.rowError.set(null);
    this.saving.set(key);
    this.api
      .updateWarningRule(key, { threshold, severity: row.severity, enabled: row.enabled })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: rule => {
          this.saving.set(null);
          this.saved.set(key);
          this.rows.update(rows => rows.map(r => (r.rule.key === key ? toRow(rule) : r)));
        },
        error: e => {
          this.saving.set(null);
          const text = serverErrorMessage(e);
          this.rowError.set({ key, message: text ? { text } : { key: 'Dalad::WarningRules:SaveError' } });
        },
      });
  }

  /** The form differs from the saved rule. */
  changed(row: RuleRow): boolean {
    return String(row.threshold) !== String(row.rule.threshold) || row.severity !== row.rule.severity || row.enabled !== row.rule.enabled;
  }
}

function toRow(rule: WarningRuleDto): RuleRow {
  return { rule, threshold: rule.threshold, severity: rule.severity, enabled: rule.enabled };
}
