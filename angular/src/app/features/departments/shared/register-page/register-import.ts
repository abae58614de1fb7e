import { LocalizationPipe } from '@abp/ng.core';
import { ModalCloseDirective, ModalComponent, ToasterService } from '@abp/ng.theme.shared';
import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, model, output, signal } from '@angular/core';
import { Subscription } from 'rxjs';
import { ImportOutcome, RegisterApi, RegisterImportReport } from '../register-api';
import { GENERIC_ERROR_KEY, serverErrorMessage } from '../../../../shared/server-error';

/** The text and badge of each outcome the importer reports. */
export const OUTCOMES: Record<ImportOutcome, { key: string; badge: string }> = {
  imported: { key: 'Dalad::RegisterPage:Outcome:Imported', badge: 'text-bg-success' },
  updated: { key: 'Dalad::RegisterPage:Outcome:Updated', badge: 'text-bg-info' },
  rejected: { key: 'Dalad::RegisterPage:Outcome:Rejected', badge: 'text-bg-danger' },
};

/**
 * Excel import of a register: the template to download, the upload with its progress, and the
 * server's row-by-row report (imported, updated, rejected and why).
 */
@Component({
  selector: 'dalad-register-import',
  imports: [LocalizationPipe, ModalComponent, ModalCloseDirective],
  templateUrl: './register-import.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterImport {
  private readonly api = inject(RegisterApi);
  private readonly toaster = inject(ToasterService);

  readonly department = input.required<string>();
  readonly visible = model(false);
  /** Emitted once a workbook was processed (whatever the rows' outcomes). */
  readonly imported = output<RegisterImportReport>();

  protected readonly file = signal<File | null>(null);
  /** Upload progress in percent while uploading; 100 while the server processes the rows. */
  protected readonly progress = signal<number | null>(null);
  protected readonly report = signal<RegisterImportReport | null>(null);
  protected readonly downloading = signal(false);
  protected readonly outcomes = OUTCOMES;

  private upload?: Subscription;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.upload?.unsubscribe());
  }

  /** Called when the dialog opens or closes: a fresh dialog each time, an unfinished upload cancelled. */
  onVisibleChange(visible: boolean): void {
    if (!visible) {
      this.upload?.unsubscribe();
      this.reset();
    }
  }

  onFileChosen(event: Event): void {
    const files = (event.target as HTMLInputElement).files;
    this.file.set(files && files.length ? files[0] : null);
    this.report.set(null);
  }

  downloadTemplate(): void {
    this.downloading.set(true);
    this.api.downloadTemplate(this.department()).subscribe({
      next: blob => {
        this.downloading.set(false);
        saveBlob(blob, `register-${this.department()}.xlsx`);
      },
      error: e => {
        this.downloading.set(false);
        this.showError(e);
      },
    });
  }

  startUpload(): void {
    const file = this.file();
    if (!file || this.progress() !== null) {
      return;
    }
    this.report.set(null);
    this.progress.set(0);
    this.upload = this.api.import(this.department(), file).subscribe({
      next: event => {
        if (event.type === HttpEventType.UploadProgress) {
          this.progress.set(event.total ? Math.round((100 * event.loaded) / event.total) : 0);
        } else if (event.type === HttpEventType.Response && event.body) {
          this.progress.set(null);
          this.report.set(event.body);
          this.imported.emit(event.body);
        }
      },
      error: e => {
        this.progress.set(null);
        this.showError(e);
      },
    });
  }

  /** Another file after a report. */
  reset(): void {
    this.file.set(null);
    this.progress.set(null);
    this.report.set(null);
  }

  private showError(error: unknown): void {
    const message = serverErrorMessage(error);
    this.toaster.error(message ?? GENERIC_ERROR_KEY, message ? GENERIC_ERROR_KEY : undefined);
  }
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}
