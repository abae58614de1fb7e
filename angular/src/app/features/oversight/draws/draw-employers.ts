import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { BodyDto, DrawEmployerDto, DrawEmployerInput } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { OVERSIGHT_DRAW_POLICY } from '../oversight.feature';
import { OversightTabs } from '../oversight-tabs';
import { DrawApi } from './draw-api';

const EMPTY: DrawEmployerInput = { creditCode: '', name: '', industryCode: '', territoryCode: '', registeredByBodyCode: '', isActive: true };

/**
 * The sampling frame of the random inspections: employers of the labour-intensive sectors with their GB/T 4754 class
 * and the body whose register they are in. Added by credit code; the same code again updates the employer. The server
 * checks the class (a level-4 class of sections C, F, H or O) and answers in Chinese.
 */
@Component({
  selector: 'dalad-draw-employers',
  imports: [PageHeader, OversightTabs, LocalizationPipe, FormsModule, RouterLink],
  templateUrl: './draw-employers.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DrawEmployers implements OnInit {
  private readonly api = inject(DrawApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  readonly canDraw = inject(PermissionService).getGrantedPolicy(OVERSIGHT_DRAW_POLICY);
  readonly list = signal<DrawEmployerDto[]>([]);
  readonly bodies = signal<BodyDto[]>([]);
  readonly error = signal<string | null>(null);
  readonly saved = signal<string | null>(null);
  readonly busy = signal(false);
  readonly loading = signal(true);
  form: DrawEmployerInput = { ...EMPTY };

  ngOnInit(): void {
    this.load();
    this.api
      .bodies()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: page => this.bodies.set(page.items.filter(b => b.isActive)), error: e => this.fail(e) });
  }

  bodyName(code: string): string {
    return this.bodies().find(b => b.code === code)?.name ?? code;
  }

  /** Puts an employer into the form: saving it with the same credit code updates it. */
  edit(e: DrawEmployerDto): void {
    this.form = {
      creditCode: e.creditCode,
      name: e.name,
      industryCode: e.industryCode,
      territoryCode: e.territoryCode ?? '',
      registeredByBodyCode: e.registeredByBodyCode,
      isActive: e.isActive,
    };
    this.saved.set(null);
  }

  save(): void {
    this.busy.set(true);
    this.error.set(null);
    this.saved.set(null);
    this.api
      .saveEmployer({ ...this.form, territoryCode: this.form.territoryCode || null })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: e => {
          this.busy.set(false);
          this.saved.set(e.name);
          this.form = { ...EMPTY };
          this.load();
        },
        error: e => {
          this.busy.set(false);
          this.fail(e);
        },
      });
  }

  private load(): void {
    this.api
      .employers()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: list => {
          this.list.set(list);
          this.loading.set(false);
        },
        error: e => this.fail(e),
      });
  }

  private fail(e: unknown): void {
    this.loading.set(false);
    this.error.set(serverErrorMessage(e) ?? this.l.instant('Dalad::Draws:Error'));
  }
}
