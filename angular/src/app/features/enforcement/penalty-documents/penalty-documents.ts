import { LocalizationPipe, LocalizationService, RestService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, Injectable, input, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Observable } from 'rxjs';
import type { PenaltyDocumentDto } from '../../../proxy/generated/models';
import { serverErrorMessage } from '../../../shared/server-error';
import { codeKey } from '../disclosure-fund-api';
import { PENALTY_STEPS } from '../enforcement-logic';

/** Each kind of document and the step it belongs to (PenaltyDocumentKinds on the server). */
export const DOCUMENT_KINDS: readonly { kind: string; step: string }[] = [
  { kind: 'filing-approval', step: 'filed' },
  { kind: 'inquiry-record', step: 'investigated' },
  { kind: 'evidence', step: 'investigated' },
  { kind: 'notice', step: 'notified' },
  { kind: 'decision', step: 'decided' },
  { kind: 'execution-record', step: 'executed' },
];

export const DOCUMENT_KIND_KEYS: Record<string, string> = {
  'filing-approval': 'Dalad::Enforcement:Document:FilingApproval',
  'inquiry-record': 'Dalad::Enforcement:Document:InquiryRecord',
  evidence: 'Dalad::Enforcement:Document:Evidence',
  notice: 'Dalad::Enforcement:Document:Notice',
  decision: 'Dalad::Enforcement:Document:Decision',
  'execution-record': 'Dalad::Enforcement:Document:ExecutionRecord',
};

/** The kinds a case at `step` may take: those of the steps it has reached. */
export function kindsReached(step: string): string[] {
  const reached = PENALTY_STEPS.indexOf(step as (typeof PENALTY_STEPS)[number]);
  return DOCUMENT_KINDS.filter(k => PENALTY_STEPS.indexOf(k.step as (typeof PENALTY_STEPS)[number]) <= reached).map(k => k.kind);
}

/** The API of a penalty case's documents (list, upload as multipart, download as a blob with the user's token). */
@Injectable({ providedIn: 'root' })
export class PenaltyDocumentsApi {
  private readonly rest = inject(RestService);

  private url(penaltyId: string): string {
    return `/api/app/penalty-cases/${encodeURIComponent(penaltyId)}/documents`;
  }

  list(penaltyId: string): Observable<PenaltyDocumentDto[]> {
    return this.rest.request<unknown, PenaltyDocumentDto[]>({ method: 'GET', url: this.url(penaltyId) }, { apiName: 'default', skipHandleError: true });
  }

  upload(penaltyId: string, kind: string, file: File): Observable<PenaltyDocumentDto> {
    const body = new FormData();
    body.append('kind', kind);
    body.append('file', file, file.name);
    return this.rest.request<FormData, PenaltyDocumentDto>({ method: 'POST', url: this.url(penaltyId), body }, { apiName: 'default', skipHandleError: true });
  }

  download(penaltyId: string, documentId: string): Observable<Blob> {
    return this.rest.request<unknown, Blob>(
      { method: 'GET', url: `${this.url(penaltyId)}/${encodeURIComponent(documentId)}`, responseType: 'blob' },
      { apiName: 'default', skipHandleError: true },
    );
  }
}

/**
 * The documents of one penalty case (filing approval, inquiry record, notice, decision, execution record …), listed under it; the inspector
 * attaches a file of a step the case has reached (the server refuses the others in Chinese).
 */
@Component({
  selector: 'dalad-penalty-documents',
  imports: [LocalizationPipe, FormsModule],
  templateUrl: './penalty-documents.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PenaltyDocuments implements OnInit {
  private readonly api = inject(PenaltyDocumentsApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  readonly penaltyId = input.required<string>();
  readonly step = input.required<string>();
  readonly canManage = input(false);

  readonly documents = signal<PenaltyDocumentDto[]>([]);
  readonly error = signal<string | null>(null);
  readonly busy = signal(false);
  readonly kinds = computed(() => kindsReached(this.step()));
  readonly kindKey = (kind: string) => codeKey(DOCUMENT_KIND_KEYS, kind);

  kind = '';
  file: File | null = null;

  ngOnInit(): void {
    this.api
      .list(this.penaltyId())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: list => this.documents.set(list), error: e => this.fail(e) });
  }

  size(bytes: number): string {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }

  choose(event: Event): void {
    this.file = (event.target as HTMLInputElement).files?.[0] ?? null;
  }

  upload(input: HTMLInputElement): void {
    if (!this.kind || !this.file) {
      this.error.set(this.l.instant('Dalad::Enforcement:Document:Required'));
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.api
      .upload(this.penaltyId(), this.kind, this.file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: document => {
          this.busy.set(false);
          this.documents.update(list => [...list, document]);
          this.file = null;
          input.value = '';
        },
        error: e => {
          this.busy.set(false);
          this.fail(e);
        },
      });
  }

  download(d: PenaltyDocumentDto): void {
    this.api
      .download(this.penaltyId(), d.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: blob => {
          const url = URL.createObjectURL(blob);
          const a = document.createElement('a');
          a.href = url;
          a.download = d.fileName;
          a.click();
          URL.revokeObjectURL(url);
        },
        error: e => this.fail(e),
      });
  }

  private fail(e: unknown): void {
    this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error'));
  }
}
