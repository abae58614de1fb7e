import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CaseTodo } from '../../cases/shared/case-todo';
import { WorkspaceEntryDto } from '../../../proxy/workspaces';
import { bodyKindText } from '../../../shared/body-kind';

/**
 * The common part of a body's workspace: its to-do list (the body's cases, reminders and leads) and
 * the body's own details.
 */
@Component({
  selector: 'dalad-body-overview',
  imports: [LocalizationPipe, CaseTodo],
  templateUrl: './body-overview.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BodyOverview {
  readonly entry = input.required<WorkspaceEntryDto>();
  protected readonly bodyKindText = bodyKindText;
}
