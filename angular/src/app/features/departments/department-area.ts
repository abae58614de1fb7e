import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Departments } from '../../core/departments';
import { WorkspaceEntryDto } from '../../proxy/workspaces';
import { PageHeader } from '../../shared/page-header/page-header';
import { CaseTodo } from '../cases/shared/case-todo';
import { DepartmentSupervisionPage } from './shared/department-supervision/department-supervision';
import { RegisterPage } from './shared/register-page/register-page';

/**
 * The one department area: draws any department from the server's description — its page at
 * `/departments/<key>` (and `/departments/<key>/register/<kind>`), and the workspace of a body it
 * serves (`/workspace/:bodyCode`, with `entry` set): the title, then its cards in order (the body's
 * to-do list, the register with its form and import). A menu entry may open one of the pages every
 * department may have (the route's data `page`, e.g. `supervision`: its project supervision).
 */
@Component({
  selector: 'dalad-department-area',
  imports: [PageHeader, CaseTodo, RegisterPage, DepartmentSupervisionPage],
  templateUrl: './department-area.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentArea {
  private readonly departments = toSignal(inject(Departments).all$(), { initialValue: [] });

  /** The department's key (the route's `:key`, or the workspace's). */
  readonly key = input.required<string>();
  /** The route's `:kind`: a page showing one kind of the register. */
  readonly kind = input<string>();
  readonly entry = input<WorkspaceEntryDto>();
  /** A page beyond the workspace and the register (route data), e.g. `supervision`. */
  readonly page = input<string>();

  protected readonly department = computed(() => this.departments().find(d => d.key === this.key()));
  protected readonly cards = computed(() => {
    const cards = this.department()?.cards ?? [];
    // The to-do list belongs to a body: on the department's own page (no body) only the register is drawn.
    return cards.filter(card => card.type !== 'case-todo' || !!this.entry());
  });
}
