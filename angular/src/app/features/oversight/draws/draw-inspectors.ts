import { LocalizationPipe, LocalizationService, PermissionService } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { BodyDto, DrawInspectorDto, DrawInspectorInput } from '../../../proxy/generated/models';
import { PageHeader } from '../../../shared/page-header/page-header';
import { serverErrorMessage } from '../../../shared/server-error';
import { OVERSIGHT_DRAW_POLICY } from '../oversight.feature';
import { OversightTabs } from '../oversight-tabs';
import { DrawApi } from './draw-api';

/** The declared conflicts as typed (credit codes separated by commas, semicolons, spaces or new lines, full-width too), in upper case, once each. */
export function parseConflicts(text: string): string[] {
  return [...new Set(text.split(/[\s,;\uff0c\u3001\uff1b]+/).map(c => c.trim().toUpperCase()).filter(c => c.length > 0))];
}

/**
 * The inspector pool of the random inspections: each inspector's body and the employers (credit codes) he declared a
 * conflict of interest with. An inspector is never sent to an employer his own body registered, nor to a declared one.
 */
@Component({
  selector: 'dalad-draw-inspectors',
  imports: [PageHeader, OversightTabs, LocalizationPipe, FormsModule, RouterLink],
  templateUrl: './draw-inspectors.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DrawInspectors implements OnInit {
  private readonly api = inject(DrawApi);
  private readonly l = inject(LocalizationService);
  private readonly destroyRef = inject(DestroyRef);

  readonly canDraw = inject(PermissionService).getGrantedPolicy(OVERSIGHT_DRAW_POLICY);
  readonly list = signal<DrawInspectorDto[]>([]);
  readonly bodies = signal<BodyDto[]>([]);
  readonly error = signal<string | null>(null);
  readonly saved = signal<string | null>(null);
  readonly busy = signal(false);
  readonly loading = signal(true);
  /** The inspector being edited, null when adding one. */
  readonly editing = signal<string | null>(null);

  name = '';
  bodyCode = '';
  conflicts = '';
  isActive = true;

  ngOnInit(): void {
    this.load();
    this.api
      .bodies()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: page => this.bodies.set(page.items.filter(b => b.isActive)), error: e => this.fail(e) });
  }

  edit(i: DrawInspectorDto): void {
    this.editing.set(i.id);
    this.name = i.name;
    this.bodyCode = i.bodyCode;
    this.conflicts = i.conflicts.join('\n');
    this.isActive = i.isActive;
    this.saved.set(null);
  }

  cancel(): void {
    this.editing.set(null);
    this.reset();
  }

  save(): void {
    const input: DrawInspectorInput = { name: this.name, bodyCode: this.bodyCode, conflicts: parseConflicts(this.conflicts), isActive: this.isActive };
    const id = this.editing();
    this.busy.set(true);
    this.error.set(null);
    this.saved.set(null);
    (id ? this.api.updateInspector(id, input) : this.api.addInspector(input)).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: i => {
        this.busy.set(false);
        this.saved.set(i.name);
        this.editing.set(null);
        this.reset();
        this.load();
      },
      error: e => {
        this.busy.set(false);
        this.fail(e);
      },
    });
  }

  private reset(): void {
    this.name = '';
    this.bodyCode = '';
    this.conflicts = '';
    this.isActive = true;
  }

  private load(): void {
    this.api
      .inspectors()
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
