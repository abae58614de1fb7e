import { LocalizationPipe, LocalizationService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { CreditCheckDto } from '../../../proxy/generated/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { EnforcementApi } from '../enforcement-api';
import { isValidCreditCode, labelKey, normaliseCreditCode } from '../enforcement-logic';

/**
 * The credit check for the public resources trading centre and the building authority: is this firm on the dishonest-employer list, with which
 * restrictions, since when. A code with a wrong checksum is refused here before any request (the server checks again,
 * rate-limits and records each check).
 */
@Component({
  selector: 'dalad-credit-check-page',
  imports: [PageHeader, LocalizationPipe, FormsModule],
  templateUrl: './credit-check-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreditCheckPage {
  private readonly api = inject(EnforcementApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  readonly labelKey = labelKey;
  readonly format = formatBeijing;

  code = '';
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly answer = signal<CreditCheckDto | null>(null);

  check(): void {
    this.answer.set(null);
    const code = normaliseCreditCode(this.code);
    if (!isValidCreditCode(code)) {
      this.error.set(this.l.instant('Dalad::Enforcement:Check:InvalidCode'));
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    this.api
      .check(code)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: answer => {
          this.busy.set(false);
          this.answer.set(answer);
        },
        error: e => {
          this.busy.set(false);
          this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
        },
      });
  }
}
