import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { WorkspaceContext } from '../workspace/workspace-context';

/** Header item: the body the user is working in; a member of several bodies can switch from here. */
@Component({
  selector: 'dalad-current-body',
  imports: [RouterLink, LocalizationPipe],
  templateUrl: './current-body.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CurrentBody implements OnInit {
  protected readonly context = inject(WorkspaceContext);
  private readonly destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    this.context.ensureCurrent().pipe(takeUntilDestroyed(this.destroyRef)).subscribe();
  }
}
