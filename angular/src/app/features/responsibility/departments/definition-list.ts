import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { DepartmentDefinitionView } from '../../../proxy/generated/models';
import { Loading } from '../../../shared/loading/loading';
import { injectCanManage } from '../shared/permissions';
import { Problem, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { DefinitionsApi } from './definitions-api';

/**
 * The department modules (`/responsibility/departments`): each definition with the bodies it serves, its register
 * kinds and where it comes from (a plugin, or created here); a new one is created and any one edited in the editor.
 * After creating one, its permission must still be granted to a role (the link to the roles page says so).
 */
@Component({
  selector: 'dalad-definition-list',
  imports: [LocalizationPipe, RouterLink, Loading, ProblemAlert],
  templateUrl: './definition-list.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DefinitionList implements OnInit {
  private readonly api = inject(DefinitionsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly canManage = injectCanManage();
  protected readonly items = signal<DepartmentDefinitionView[] | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  /** The definition just saved: the page says how to open it to a role. */
  protected readonly saved = signal<DepartmentDefinitionView | null>(null);

  ngOnInit(): void {
    const saved = this.route.snapshot.queryParamMap.get('saved');
    this.api
      .getList()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: items => {
          this.items.set(items);
          this.saved.set(items.find(i => i.definition.key === saved) ?? null);
        },
        error: error => this.problem.set(toProblem(error)),
      });
  }

  protected kindNames(view: DepartmentDefinitionView): string[] {
    return view.definition.kinds.map(kind => kind.names['zh-Hans'] ?? kind.key);
  }

  protected name(view: DepartmentDefinitionView): string {
    return view.definition.names['zh-Hans'] ?? view.definition.key;
  }
}
