import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { SupervisionDto } from '../../../proxy/generated/models';
import { formatBeijing } from '../../../shared/beijing-time';
import { CaseDirectory } from '../../cases/shared/case-directory';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { OVERSIGHT_ANSWER_POLICY, OVERSIGHT_SUPERVISE_POLICY } from '../oversight.feature';
import { OversightApi } from '../oversight-api';
import { OversightTabs } from '../oversight-tabs';

export const SUPERVISION_SUBJECTS = ['figures', 'case', 'warning'] as const;

const SUBJECT_KEYS: Record<string, string> = {
  figures: 'Dalad::Supervisions:Subject:Figures',
  case: 'Dalad::Supervisions:Subject:Case',
  warning: 'Dalad::Supervisions:Subject:Warning',
};

const STATUS_KEYS: Record<string, string> = {
  open: 'Dalad::Supervisions:Status:Open',
  answered: 'Dalad::Supervisions:Status:Answered',
};

export function subjectKey(subject: string): string {
  return SUBJECT_KEYS[subject] ?? 'Dalad::Supervisions:Subject:Figures';
}

export function supervisionStatusKey(status: string): string {
  return STATUS_KEYS[status] ?? 'Dalad::Supervisions:Status:Open';
}

/**
 * The supervision reminders: the joint office raises one to a body with a deadline; the body sees its own here and answers. Late
 * answers (and unanswered ones past due) are marked with the working days of lateness the server counts.
 */
@Component({
  selector: 'dalad-supervision-list',
  imports: [PageHeader, OversightTabs, LocalizationPipe, FormsModule],
  templateUrl: './supervision-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SupervisionList implements OnInit {
  private readonly api = inject(OversightApi);
  private readonly directory = inject(CaseDirectory);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly permissions = inject(PermissionService);

  readonly canRaise = this.permissions.getGrantedPolicy(OVERSIGHT_SUPERVISE_POLICY);
  readonly canAnswer = this.permissions.getGrantedPolicy(OVERSIGHT_ANSWER_POLICY);
  readonly subjects = SUPERVISION_SUBJECTS;
  readonly format = formatBeijing;
  readonly subjectKey = subjectKey;
  readonly statusKey = supervisionStatusKey;

  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly items = signal<SupervisionDto[]>([]);
  readonly bodies = signal<{ code: string; name: string }[]>([]);
  readonly myBodies = signal<string[]>([]);

  // The raise form.
  bodyCode = '';
  subject = 'figures';
  subjectRef = '';
  text = '';
  dueOn = '';
  readonly raiseError = signal<string | null>(null);
  readonly busy = signal(false);

  // The answer being written.
  readonly answering = signal<string | null>(null);
  answer = '';
  readonly answerError = signal<string | null>(null);

  ngOnInit(): void {
    this.directory
      .bodies()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(bodies => this.bodies.set(bodies.map(b => ({ code: b.code, name: b.name }))));
    this.directory
      .mine()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(mine => this.myBodies.set(mine.bodyCodes));
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.api
      .supervisions({})
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: items => {
          this.items.set(items);
          this.loading.set(false);
        },
        error: e => {
          this.loading.set(false);
          this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Supervisions:Error'));
        },
      });
  }

  raise(): void {
    this.busy.set(true);
    this.raiseError.set(null);
    this.api
      .raise({
        bodyCode: this.bodyCode,
        subject: this.subject,
        subjectRef: this.subjectRef || null,
        text: this.text,
        dueOn: this.dueOn || null,
        workingDays: null,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: created => {
          this.busy.set(false);
          this.items.update(list => [created, ...list]);
          this.text = '';
          this.subjectRef = '';
        },
        error: e => {
          this.busy.set(false);
          this.raiseError.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Supervisions:Error'));
        },
      });
  }

  mayAnswer(s: SupervisionDto): boolean {
    return this.canAnswer && s.status === 'open' && this.myBodies().includes(s.bodyCode);
  }

  startAnswer(id: string): void {
    this.answering.set(id);
    this.answer = '';
    this.answerError.set(null);
  }

  sendAnswer(id: string): void {
    this.busy.set(true);
    this.api
      .answer(id, this.answer)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: answered => {
          this.busy.set(false);
          this.answering.set(null);
          this.items.update(list => list.map(s => (s.id === answered.id ? answered : s)));
        },
        error: e => {
          this.busy.set(false);
          this.answerError.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Supervisions:Error'));
        },
      });
  }
}
