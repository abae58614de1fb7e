import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Subscription, timer } from 'rxjs';
import { switchMap, takeWhile } from 'rxjs/operators';
import { PageHeader } from '../../shared/page-header/page-header';
import { serverErrorMessage } from '../../shared/server-error';
import { ImportDto, IntakeApi } from './intake-api';
import { IMPORT_OUTCOME_KEYS, labelKey } from './intake-labels';
import { importFinished, importPercent } from './intake-logic';

export const IMPORT_POLL_MS = 1000;

/** Batch import of 12345 work orders (.xlsx): upload, follow the progress, read the row report. */
@Component({
  selector: 'dalad-intake-import',
  imports: [PageHeader, LocalizationPipe, RouterLink],
  templateUrl: './intake-import.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IntakeImport {
  private readonly api = inject(IntakeApi);
  private readonly destroyRef = inject(DestroyRef);
  private polling?: Subscription;

  readonly file = signal<File | null>(null);
  readonly uploading = signal(false);
  readonly error = signal<{ text?: string; key?: string } | null>(null);
  readonly report = signal<ImportDto | null>(null);

  readonly percent = computed(() => importPercent(this.report()));
  readonly finished = computed(() => importFinished(this.report()));

  pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.error.set(null);
  }

  outcomeKey(outcome: string): string {
    return labelKey(IMPORT_OUTCOME_KEYS, outcome);
  }

  upload(): void {
    const file = this.file();
    if (!file) {
      return;
    }
    if (!file.name.toLowerCase().endsWith('.xlsx')) {
      this.error.set({ key: 'Dalad::Intake:Import:XlsxOnly' });
      return;
    }
    this.uploading.set(true);
    this.error.set(null);
    this.report.set(null);
    this.api
      .startImport(file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ id }) => {
          this.uploading.set(false);
          this.poll(id);
        },
        error: e => this.fail(e),
      });
  }

  /** Asks for the progress every second until the import has finished (the last answer included). */
  private poll(id: string): void {
    this.polling?.unsubscribe();
    this.polling = timer(0, IMPORT_POLL_MS)
      .pipe(
        switchMap(() => this.api.getImport(id)),
        takeWhile(report => !importFinished(report), true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({ next: report => this.report.set(report), error: e => this.fail(e) });
  }

  private fail(e: unknown): void {
    this.uploading.set(false);
    const text = serverErrorMessage(e);
    this.error.set(text ? { text } : { key: 'Dalad::Intake:Error' });
  }
}
