import { LocalizationPipe, Rest, RestService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, Injector, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { DrawDto } from '../../proxy/generated/models';
import { outcomeKey } from '../oversight/draws/outcomes';

/**
 * The random inspections published (measure 11): each draw's seed, the employers it drew from, the inspectors by number and body,
 * who was drawn and the results. No sign-in; no inspector's name. Anyone can recompute a draw from the seed (the
 * algorithm is in modules/oversight/README.md).
 */
@Component({
  selector: 'dalad-public-draws',
  imports: [LocalizationPipe],
  templateUrl: './public-draws.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicDraws implements OnInit {
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly config: Rest.Config = { apiName: 'default', skipHandleError: true };

  readonly draws = signal<DrawDto[]>([]);
  readonly loading = signal(true);
  readonly failed = signal(false);
  readonly outcomeKey = outcomeKey;

  ngOnInit(): void {
    this.injector
      .get(RestService)
      .request<void, DrawDto[]>({ method: 'GET', url: '/api/public/draws' }, this.config)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: draws => {
          this.loading.set(false);
          this.draws.set(draws);
        },
        error: () => {
          this.loading.set(false);
          this.failed.set(true);
        },
      });
  }
}
