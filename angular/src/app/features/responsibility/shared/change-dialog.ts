import { LocalizationPipe } from '@abp/ng.core';
import { ModalCloseDirective, ModalComponent, ToasterService } from '@abp/ng.theme.shared';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Observable } from 'rxjs';
import { BasisMemory } from './basis-memory';
import { FieldError } from './field-error';
import { MatrixLimits, requiredText } from './forms';
import { Problem, toProblem } from './problem';
import { ProblemAlert } from './problem-alert';

/** One change to the matrix, as a page asks for it. */
export interface ChangeRequest {
  /** Which fields the page projects into the dialog (its template switches on this). */
  kind: string;
  titleKey: string;
  /** A sentence saying what will change (e.g. which keyword leaves which item), with its parameters. */
  messageKey?: string;
  messageParams?: string[];
  /** The page's own fields; empty when the change needs nothing but its basis. */
  form: FormGroup;
  submitKey: string;
  /** Removals and deactivation: a red button. */
  danger?: boolean;
  /** Sends the change with the basis the user gave. */
  submit: (basis: string) => Observable<unknown>;
}

/**
 * The dialog every change of the matrix goes through: the page's fields (projected), the basis
 * the API requires, the server's refusal shown in place, a toast when the change is saved.
 */
@Component({
  selector: 'dalad-change-dialog',
  imports: [ModalComponent, ModalCloseDirective, ReactiveFormsModule, LocalizationPipe, FieldError, ProblemAlert],
  templateUrl: './change-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeDialog {
  private readonly memory = inject(BasisMemory);
  private readonly toaster = inject(ToasterService);
  private readonly destroyRef = inject(DestroyRef);

  readonly request = input<ChangeRequest | null>(null);
  /** The dialog was closed, saved or not. */
  readonly closed = output<void>();
  /** The change was saved; carries the server's answer. */
  readonly saved = output<unknown>();

  protected readonly visible = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly basis = new FormControl('', { nonNullable: true, validators: requiredText(MatrixLimits.basis) });
  protected readonly formId = `dalad-change-${Math.random().toString(36).slice(2, 10)}`;

  private destroyed = false;

  constructor() {
    this.destroyRef.onDestroy(() => (this.destroyed = true));
    effect(() => {
      const request = this.request();
      untracked(() => {
        if (request) {
          this.basis.reset(this.memory.last());
          this.problem.set(null);
          this.busy.set(false);
        }
        this.visible.set(!!request);
      });
    });
  }

  save(): void {
    const request = this.request();
    if (!request || this.busy()) {
      return;
    }
    request.form.markAllAsTouched();
    this.basis.markAsTouched();
    if (request.form.invalid || this.basis.invalid) {
      return;
    }
    const basis = this.basis.value.trim();
    this.busy.set(true);
    this.problem.set(null);
    request
      .submit(basis)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: result => {
          this.memory.remember(basis);
          this.busy.set(false);
          this.toaster.success('Dalad::Responsibility:Change:Saved');
          this.saved.emit(result);
          this.visible.set(false);
        },
        error: error => {
          this.busy.set(false);
          this.problem.set(toProblem(error));
        },
      });
  }

  protected onDisappear(): void {
    // ABP's modal also reports disappearing when it is destroyed with its page.
    if (this.request() && !this.destroyed) {
      this.closed.emit();
    }
  }

  /** Puts the cursor into the first field, so the user can type at once. */
  protected focusFirstField(): void {
    const dialog = document.querySelector<HTMLElement>(`#${this.formId}`);
    dialog?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
  }
}
