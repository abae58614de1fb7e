import { LocalizationPipe, LocalizationService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute } from '@angular/router';
import type { AssistanceKindDto, AssistanceRequestDto } from '../../../proxy/generated/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { CaseDirectory } from '../../cases/shared/case-directory';
import { AssistanceApi } from './assistance-api';
import { ASSISTANCE_KIND_KEYS, attachmentLines, dueBadge, DUE_STATE_KEYS, keyOf } from './assistance-logic';

/**
 * Assistance requests. As `sent` (HRSS): the form (what is asked goes to its body with its working-day deadline)
 * and the requests sent, with the answers. As `inbox` (route data; the land bureau, the police, the financial regulator, the court): the
 * requests received, overdue ones marked, each answered once with its finding and attachments (texts or links).
 */
@Component({
  selector: 'dalad-assistance-page',
  imports: [PageHeader, LocalizationPipe, FormsModule],
  templateUrl: './assistance-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssistancePage implements OnInit {
  private readonly api = inject(AssistanceApi);
  private readonly l = inject(LocalizationService);
  private readonly directory = inject(CaseDirectory);
  private readonly destroyRef = inject(DestroyRef);

  readonly inbox = inject(ActivatedRoute).snapshot.data['inbox'] === true;
  readonly format = formatBeijing;
  readonly kindKey = (code: string) => keyOf(ASSISTANCE_KIND_KEYS, code);
  readonly dueKey = (code: string) => keyOf(DUE_STATE_KEYS, code);
  readonly dueBadge = dueBadge;

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly requests = signal<AssistanceRequestDto[]>([]);
  readonly kinds = signal<AssistanceKindDto[]>([]);
  private readonly bodyNames = signal<Map<string, string>>(new Map());

  readonly busy = signal(false);
  readonly formError = signal<string | null>(null);
  readonly answering = signal<string | null>(null);
  readonly answerError = signal<string | null>(null);

  kind = '';
  caseNumber = '';
  partyName = '';
  partyNumber = '';
  question = '';
  finding = '';
  attachments = '';

  ngOnInit(): void {
    this.directory
      .bodies()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(bodies => this.bodyNames.set(new Map(bodies.map(b => [b.code, b.name]))));
    if (!this.inbox) {
      this.api
        .kinds()
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: kinds => this.kinds.set(kinds), error: e => this.error.set(this.message(e)) });
    }
    (this.inbox ? this.api.inbox() : this.api.sent()).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: list => {
        this.requests.set(list);
        this.loading.set(false);
      },
      error: e => {
        this.loading.set(false);
        this.error.set(this.message(e));
      },
    });
  }

  bodyName(code: string): string {
    return this.bodyNames().get(code) ?? code;
  }

  send(): void {
    this.busy.set(true);
    this.formError.set(null);
    this.api
      .send({
        kind: this.kind || null,
        caseNumber: this.caseNumber.trim() || null,
        partyName: this.partyName.trim() || null,
        partyNumber: this.partyNumber.trim() || null,
        question: this.question.trim() || null,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: created => {
          this.busy.set(false);
          this.requests.update(list => [created, ...list]);
          this.caseNumber = this.partyName = this.partyNumber = this.question = '';
        },
        error: e => {
          this.busy.set(false);
          this.formError.set(this.message(e));
        },
      });
  }

  startAnswer(id: string): void {
    this.answering.set(id);
    this.answerError.set(null);
    this.finding = '';
    this.attachments = '';
  }

  answer(request: AssistanceRequestDto): void {
    this.busy.set(true);
    this.answerError.set(null);
    this.api
      .answer(request.id, { finding: this.finding.trim() || null, attachments: attachmentLines(this.attachments) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: updated => {
          this.busy.set(false);
          this.answering.set(null);
          this.requests.update(list => list.map(r => (r.id === updated.id ? updated : r)));
        },
        error: e => {
          this.busy.set(false);
          this.answerError.set(this.message(e));
        },
      });
  }

  private message(e: unknown): string {
    return serverErrorMessage(e) ?? this.l.instant('Dalad::Enforcement:Error');
  }
}
