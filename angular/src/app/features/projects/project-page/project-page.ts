import { LocalizationPipe, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { switchMap } from 'rxjs';
import type { ProjectDetailDto } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { ALIAS_SEPARATOR, ProjectEdit } from '../project-edit/project-edit';
import { ProjectSupervision } from '../project-supervision/project-supervision';
import { ProjectWorkers } from '../project-workers/project-workers';
import { ProjectsApi } from '../projects-api';
import { DEPOSIT_FORM_KEYS, labelOf, PROJECTS_PERMISSIONS, SEVERITY_KEYS, SUBCONTRACT_KIND_KEYS, WARNING_STATUS_KEYS, warningState } from '../projects-labels';

/**
 * One project: its parties, dates, funding, wage account, wage deposit and warnings; its workers, imports and pay
 * against attendance; its contractor advances and inspections. A project manager edits it here.
 */
@Component({
  selector: 'dalad-project-page',
  imports: [PageHeader, LocalizationPipe, RouterLink, ProjectEdit, ProjectWorkers, ProjectSupervision],
  templateUrl: './project-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectPage implements OnInit {
  private readonly api = inject(ProjectsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly permissions = inject(PermissionService);

  readonly canManage = this.permissions.getGrantedPolicy(PROJECTS_PERMISSIONS.manage);
  readonly editing = signal(false);
  readonly aliasSeparator = ALIAS_SEPARATOR;
  readonly project = signal<ProjectDetailDto | null>(null);
  readonly error = signal<{ text?: string; key?: string } | null>(null);

  ngOnInit(): void {
    this.route.paramMap
      .pipe(
        switchMap(params => this.api.getProject(params.get('id') ?? '')),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: project => this.project.set(project),
        error: e => {
          const text = serverErrorMessage(e);
          this.error.set(text ? { text } : { key: 'Dalad::ProjectPage:Error' });
        },
      });
  }

  /** After an edit, an advance or an inspection: the server's answer, warnings evaluated again. */
  replaced(project: ProjectDetailDto): void {
    this.project.set(project);
    this.editing.set(false);
  }

  /** After an import: the warnings may have changed. */
  reload(): void {
    const id = this.project()?.id;
    if (id) {
      this.api.getProject(id).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({ next: p => this.project.set(p), error: () => undefined });
    }
  }

  yesNo(value: boolean): string {
    return value ? 'Dalad::ProjectPage:Yes' : 'Dalad::ProjectPage:No';
  }

  kindKey(kind: string): string {
    return labelOf(SUBCONTRACT_KIND_KEYS, kind);
  }

  depositFormKey(form: string | null): string {
    return labelOf(DEPOSIT_FORM_KEYS, form);
  }

  statusKey(status: string): string {
    return labelOf(WARNING_STATUS_KEYS, status);
  }

  severityKey(severity: string): string {
    return labelOf(SEVERITY_KEYS, severity);
  }

  state(status: string): string {
    return warningState(status);
  }
}
