import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { catchError, combineLatest, map, of, switchMap } from 'rxjs';
import { ProjectListItemDto, ProjectTypeDto, WarningDto, WarningRuleDto } from '../../../../proxy/generated/models';
import { deadlineBadge, labelOf, SEVERITY_KEYS } from '../../../projects/projects-labels';
import { ProjectsApi } from '../../../projects/projects-api';

/** What a department contributes to project supervision, read from the served types, rules, projects and warnings. */
export interface DepartmentSupervision {
  types: ProjectTypeDto[];
  items: { key: string; name: string; types: string[] }[];
  rules: WarningRuleDto[];
  projects: ProjectListItemDto[];
  warnings: WarningDto[];
}

/**
 * A department's own project-supervision items among everything served: its types (the type's group is the
 * department's key), its checklist items and rules (their keys start with the department's key, which the server's
 * definition validator requires), the caller's projects of the types its items apply to, and its rules' open warnings.
 */
export function supervisionOf(
  key: string,
  types: ProjectTypeDto[],
  rules: WarningRuleDto[],
  projects: ProjectListItemDto[],
  warnings: WarningDto[],
): DepartmentSupervision {
  const own = (k: string | null | undefined) => !!k && k.startsWith(key + '-');
  const items = new Map<string, { key: string; name: string; types: string[] }>();
  for (const type of types) {
    for (const item of type.checklist ?? []) {
      if (own(item.key)) {
        const entry = items.get(item.key!) ?? { key: item.key!, name: item.name ?? item.key!, types: [] };
        entry.types.push(type.code!);
        items.set(item.key!, entry);
      }
    }
  }
  const codes = new Set([...types.filter(t => t.group === key).map(t => t.code), ...[...items.values()].flatMap(i => i.types)]);
  const ownRules = rules.filter(r => own(r.key));
  const ruleKeys = new Set(ownRules.map(r => r.key));
  return {
    types: types.filter(t => t.group === key),
    items: [...items.values()],
    rules: ownRules,
    projects: projects.filter(p => codes.has(p.typeCode)),
    warnings: warnings.filter(w => ruleKeys.has(w.ruleKey)),
  };
}

/**
 * The department's project-supervision page (`/departments/<key>/supervision`, a menu entry its definition states):
 * its project types, its own monthly on-site inspection checklist items, its own warning rules, its projects with their compliance
 * badges, and its rules' open warnings. Drawn for any department from served data: it names none.
 */
@Component({
  selector: 'dalad-department-supervision',
  imports: [LocalizationPipe, RouterLink],
  templateUrl: './department-supervision.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentSupervisionPage {
  private readonly api = inject(ProjectsApi);

  readonly department = input.required<string>();

  private readonly data$ = combineLatest([
    this.api.getProjectTypes().pipe(catchError(() => of([] as ProjectTypeDto[]))),
    this.api.getWarningRules().pipe(catchError(() => of([] as WarningRuleDto[]))),
    this.api.getProjects().pipe(catchError(() => of([] as ProjectListItemDto[]))),
    this.api.getWarnings({ status: 'open' }).pipe(catchError(() => of([] as WarningDto[]))),
  ]);

  protected readonly view = toSignal(
    toObservable(this.department).pipe(
      switchMap(key => this.data$.pipe(map(([types, rules, projects, warnings]) => supervisionOf(key, types, rules, projects, warnings)))),
    ),
  );

  protected readonly badge = deadlineBadge;
  protected severity(code: string): string {
    return labelOf(SEVERITY_KEYS, code);
  }
}
