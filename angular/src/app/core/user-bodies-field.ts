import { LocalizationPipe, RestService } from '@abp/ng.core';
import { EXTENSIONS_FORM_PROP, FormProp } from '@abp/ng.components/extensible';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, ControlContainer } from '@angular/forms';
import type { BodyDto, PagedResultOfBodyDto } from '../proxy/generated/models';

/** The codes a control holds: ABP's form starts a new user's extra property as '' (one code as a string is read too). */
export function selectedCodes(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.filter((v): v is string => typeof v === 'string' && v.length > 0);
  }
  return typeof value === 'string' && value ? value.split(/[,;\u3001\uff0c\uff1b]/).map(v => v.trim()).filter(Boolean) : [];
}

/** Toggles one body in a selection, keeping the order of choosing. */
export function toggleCode(codes: readonly string[], code: string, on: boolean): string[] {
  return on ? (codes.includes(code) ? [...codes] : [...codes, code]) : codes.filter(c => c !== code);
}

/** The bodies to offer: active ones matching the filter, plus every chosen one (even if deactivated since). */
export function offeredBodies(bodies: readonly BodyDto[], chosen: readonly string[], filter: string): BodyDto[] {
  const words = filter.trim().toLowerCase();
  return bodies.filter(b => (b.isActive || chosen.includes(b.code)) && (!words || b.name.toLowerCase().includes(words)));
}

/**
 * The user form's bodies: several bodies at once (a user may work for more than one), as checkboxes under a
 * filter, with the chosen ones listed on top. It edits `extraProperties.BodyCodes` of ABP's user form, an array of
 * body codes the server stores as the user's memberships.
 */
@Component({
  selector: 'dalad-user-bodies-field',
  imports: [LocalizationPipe],
  template: `
    <div class="mb-2" data-testid="user-bodies">
      <label class="form-label" for="BodyCodes-filter" id="BodyCodes-label">{{ 'Dalad::DisplayName:BodyCodes' | abpLocalization }} *</label>
      <div class="mb-1 d-flex flex-wrap gap-1" data-testid="user-bodies-chosen" aria-live="polite">
        @for (code of chosen(); track code) {
          <span class="badge text-bg-light border d-inline-flex align-items-center gap-1" [attr.data-body]="code">
            {{ nameOf(code) }}
            <button type="button" class="btn-close" style="font-size: 0.6rem" [attr.aria-label]="'Dalad::UserBodies:Remove' | abpLocalization: nameOf(code)" (click)="set(code, false)"></button>
          </span>
        } @empty {
          <span class="small text-muted">{{ 'Dalad::UserBodies:None' | abpLocalization }}</span>
        }
      </div>
      <input
        id="BodyCodes-filter"
        type="search"
        class="form-control form-control-sm mb-1"
        autocomplete="off"
        [class.is-invalid]="invalid()"
        [placeholder]="'Dalad::UserBodies:Filter' | abpLocalization"
        [value]="filter()"
        (input)="filter.set($any($event.target).value)"
      />
      <div class="border rounded px-2 py-1 overflow-auto" style="max-height: 11rem" role="group" aria-labelledby="BodyCodes-label" data-testid="user-bodies-options">
        @for (b of offered(); track b.code) {
          <div class="form-check">
            <input class="form-check-input" type="checkbox" [id]="'body-' + b.code" [checked]="chosen().includes(b.code)" (change)="set(b.code, $any($event.target).checked)" />
            <label class="form-check-label" [for]="'body-' + b.code">{{ b.name }}</label>
          </div>
        } @empty {
          <span class="small text-muted">{{ 'Dalad::UserBodies:NoMatch' | abpLocalization }}</span>
        }
      </div>
      @if (invalid()) {
        <div class="text-danger small mt-1" data-testid="user-bodies-required">{{ 'Dalad::UserBodies:Required' | abpLocalization }}</div>
      }
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserBodiesField implements OnInit {
  private readonly prop = inject<FormProp>(EXTENSIONS_FORM_PROP);
  private readonly container = inject(ControlContainer);
  private readonly rest = inject(RestService);
  private readonly destroyRef = inject(DestroyRef);

  private readonly bodies = signal<BodyDto[]>([]);
  readonly chosen = signal<string[]>([]);
  readonly filter = signal('');
  private readonly touched = signal(false);
  readonly offered = computed(() => offeredBodies(this.bodies(), this.chosen(), this.filter()));
  readonly invalid = computed(() => this.touched() && this.chosen().length === 0);
  private readonly names = computed(() => new Map(this.bodies().map(b => [b.code, b.name])));
  private control?: AbstractControl | null;

  ngOnInit(): void {
    this.control = this.container.control?.get(['extraProperties', this.prop.name]);
    this.chosen.set(selectedCodes(this.control?.value));
    // ABP's form marks every control touched when it is submitted invalid.
    this.control?.events.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.touched.set(!!this.control?.touched));
    this.rest
      .request<void, PagedResultOfBodyDto>({ method: 'GET', url: '/api/app/bodies', params: { maxResultCount: 1000 } }, { apiName: 'default' })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(page => this.bodies.set(page.items ?? []));
  }

  nameOf(code: string): string {
    return this.names().get(code) ?? code;
  }

  set(code: string, on: boolean): void {
    const codes = toggleCode(this.chosen(), code, on);
    this.chosen.set(codes);
    this.control?.setValue(codes);
    this.control?.markAsTouched();
    this.touched.set(true);
  }
}
