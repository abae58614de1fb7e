import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroup } from '@angular/forms';
import { forkJoin } from 'rxjs';
import type { DutyAssignmentDto } from '../../../proxy/generated/models';
import { Loading } from '../../../shared/loading/loading';
import { MatrixApi } from '../data/matrix-api';
import { Body } from '../data/matrix.models';
import { ChangeDialog, ChangeRequest } from '../shared/change-dialog';
import { injectCanManage } from '../shared/permissions';
import { Problem, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';

/** The localization key naming each seeded duty (a role the UI does not know shows its key). */
const DUTY_TEXTS: Record<string, string> = {
  coordinator: 'Dalad::Duty:coordinator',
  'intake-desk:12345': 'Dalad::Duty:intake-desk:12345',
  'intake-desk:petition': 'Dalad::Duty:intake-desk:petition',
  'intake-desk:online': 'Dalad::Duty:intake-desk:online',
  'intake-desk:walk-in': 'Dalad::Duty:intake-desk:walk-in',
  'intake-desk:inspection': 'Dalad::Duty:intake-desk:inspection',
};

export function dutyText(role: string): string {
  return DUTY_TEXTS[role] ?? role;
}

/**
 * The matrix roles (the intake desk of each channel, the coordinating joint office) and the body
 * holding each; whoever may edit the matrix hands a duty to another active body, with a basis.
 */
@Component({
  selector: 'dalad-duty-list',
  imports: [LocalizationPipe, Loading, ProblemAlert, ChangeDialog],
  templateUrl: './duty-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DutyList implements OnInit {
  private readonly api = inject(MatrixApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly canManage = injectCanManage();
  protected readonly dutyText = dutyText;
  protected readonly duties = signal<DutyAssignmentDto[] | null>(null);
  protected readonly bodies = signal<Body[]>([]);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly change = signal<ChangeRequest | null>(null);

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.problem.set(null);
    forkJoin({ duties: this.api.getDuties(), bodies: this.api.getBodies({ isActive: true, maxResultCount: 1000 }) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ duties, bodies }) => {
          this.bodies.set(bodies.items);
          this.duties.set(duties);
        },
        error: error => this.problem.set(toProblem(error)),
      });
  }

  bodyName(code: string): string {
    return this.bodies().find(b => b.code === code)?.name ?? code;
  }

  /** A body picked in a row's select: ask for the basis, then reassign (or put the select back on cancel). */
  choose(duty: DutyAssignmentDto, bodyCode: string): void {
    if (bodyCode === duty.bodyCode) {
      return;
    }
    this.change.set({
      kind: 'reassign-duty',
      titleKey: 'Dalad::Responsibility:Duties:Reassign',
      messageKey: 'Dalad::Responsibility:Duties:ReassignMessage',
      messageParams: [this.bodyName(duty.bodyCode), this.bodyName(bodyCode)],
      submitKey: 'Dalad::Responsibility:Duties:Reassign',
      form: new FormGroup({}),
      submit: basis => this.api.reassignDuty(duty.role, bodyCode, basis),
    });
  }

  closed(): void {
    this.change.set(null);
    this.load();
  }
}
