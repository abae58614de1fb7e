import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { CaseTodo } from '../cases/shared/case-todo';
import { BodyDto, BodyService } from '../../proxy/responsibility';
import { WorkspaceEntryDto } from '../../proxy/workspaces';
import { bodyKindText } from '../../shared/body-kind';
import { Loading } from '../../shared/loading/loading';
import { PageHeader } from '../../shared/page-header/page-header';

/** The joint office's (and administrators') landing page: every body's to-do counts and every responsible body at a glance. */
@Component({
  selector: 'dalad-joint-office-overview',
  imports: [LocalizationPipe, PageHeader, Loading, CaseTodo],
  templateUrl: './joint-office-overview.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JointOfficeOverview implements OnInit {
  private readonly bodyService = inject(BodyService);
  private readonly destroyRef = inject(DestroyRef);

  readonly entry = input<WorkspaceEntryDto>();
  protected readonly bodies = signal<BodyDto[] | null>(null);
  protected readonly totalCount = signal(0);
  protected readonly failed = signal(false);
  protected readonly bodyKindText = bodyKindText;

  ngOnInit(): void {
    this.bodyService
      .getList({ maxResultCount: 1000 })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: result => {
          this.bodies.set(result.items ?? []);
          this.totalCount.set(result.totalCount ?? result.items?.length ?? 0);
        },
        error: () => this.failed.set(true),
      });
  }
}
