import { LocalizationPipe } from '@abp/ng.core';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { formatBeijing } from '../../shared/beijing-time';
import { PublicCaseStatusDto, PublicQueryApi } from './public-query-api';

/** Why a lookup found nothing, in the complainant's words (one answer for a wrong number, phone or code). */
export function lookupProblem(error: unknown): string {
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  if (status === 404) return 'Dalad::PublicQuery:NotFound';
  if (status === 429) return 'Dalad::PublicQuery:TooMany';
  return 'Dalad::PublicQuery:Failed';
}

/**
 * The case status page (PublicQuery:Title): the page every SMS to a complainant links to. No sign-in: the case number, the phone the complaint was
 * made from and the lookup code printed in the SMS. It shows the status and the due dates, never personal data.
 */
@Component({
  selector: 'dalad-public-query',
  imports: [LocalizationPipe, ReactiveFormsModule],
  templateUrl: './public-query.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicQuery {
  private readonly api = inject(PublicQueryApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly form = inject(FormBuilder).nonNullable.group({
    caseNumber: ['', [Validators.required, Validators.maxLength(32)]],
    phone: ['', [Validators.required, Validators.maxLength(20)]],
    code: ['', [Validators.required, Validators.maxLength(12)]],
  });
  readonly result = signal<PublicCaseStatusDto | null>(null);
  readonly problem = signal<string | null>(null);
  readonly submitted = signal(false);
  readonly busy = signal(false);

  readonly beijing = formatBeijing;

  invalid(name: 'caseNumber' | 'phone' | 'code'): boolean {
    return this.submitted() && this.form.controls[name].invalid;
  }

  submit(): void {
    this.submitted.set(true);
    this.result.set(null);
    this.problem.set(null);
    if (this.form.invalid) {
      return;
    }
    const { caseNumber, phone, code } = this.form.getRawValue();
    this.busy.set(true);
    this.api
      .lookup(caseNumber.trim(), phone.trim(), code.trim())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: found => {
          this.busy.set(false);
          this.result.set(found);
        },
        error: error => {
          this.busy.set(false);
          this.problem.set(lookupProblem(error));
        },
      });
  }
}
