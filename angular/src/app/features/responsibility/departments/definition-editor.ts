import { LocalizationPipe } from '@abp/ng.core';
import { ToasterService } from '@abp/ng.theme.shared';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { BodyDto, DepartmentDefinition } from '../../../proxy/generated/models';
import { bodyKindText } from '../../../shared/body-kind';
import { FieldProblem, FormSummary } from '../../../shared/form-summary/form-summary';
import { Loading } from '../../../shared/loading/loading';
import { BODY_KINDS, TERRITORY_KINDS } from '../shared/labels';
import { Problem, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';
import { DefinitionsApi } from './definitions-api';
import {
  CARD_TYPES,
  cardForm,
  controlId,
  DefinitionForm,
  definitionForm,
  definitionProblems,
  FIELD_TYPES,
  fieldForm,
  KindForm,
  kindForm,
  menuForm,
  toDefinition,
} from './definition-form';

/**
 * Creates or edits a department definition (`/responsibility/departments/new`, `/responsibility/departments/:key`): its
 * names, the bodies it serves, who owns its entries, its register kinds with their free fields, workspace cards, menu
 * entries and texts. Saved definitions take effect at once, on every instance, without a build.
 */
@Component({
  selector: 'dalad-definition-editor',
  imports: [LocalizationPipe, ReactiveFormsModule, RouterLink, FormSummary, ProblemAlert, Loading],
  templateUrl: './definition-editor.html',
  styles: ['.dalad-definition-bodies { max-height: 14rem; overflow-y: auto; }'],
  changeDetection: ChangeDetectionStrategy.Default,
})
export class DefinitionEditor implements OnInit {
  private readonly api = inject(DefinitionsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly toaster = inject(ToasterService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly bodyKinds = BODY_KINDS;
  protected readonly bodyKindText = bodyKindText;
  protected readonly territoryKinds = Object.entries(TERRITORY_KINDS).map(([kind, labelKey]) => ({ kind, labelKey }));
  protected readonly fieldTypes = FIELD_TYPES;
  protected readonly cardTypes = CARD_TYPES;
  protected readonly id = controlId;

  /** The key being edited; null when creating. */
  protected readonly editing = signal<string | null>(null);
  protected readonly original = signal<DepartmentDefinition | undefined>(undefined);
  protected readonly source = signal<string | null>(null);
  protected readonly bodies = signal<BodyDto[]>([]);
  protected readonly bodyFilter = signal('');
  protected readonly ready = signal(false);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected form: DefinitionForm = definitionForm();
  protected problems: FieldProblem[] = [];

  protected readonly shownBodies = computed(() => {
    const filter = this.bodyFilter().trim();
    return this.bodies().filter(b => !filter || b.name.includes(filter) || b.code.includes(filter));
  });

  ngOnInit(): void {
    const key = this.route.snapshot.paramMap.get('key');
    this.api
      .getBodies()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: page => this.bodies.set(page.items), error: error => this.problem.set(toProblem(error)) });
    if (!key) {
      this.ready.set(true);
      return;
    }
    this.editing.set(key);
    this.api
      .get(key)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: view => {
          this.original.set(view.definition);
          this.source.set(view.source);
          this.form = definitionForm(view.definition);
          this.ready.set(true);
        },
        error: error => {
          this.problem.set(toProblem(error));
          this.ready.set(true);
        },
      });
  }

  protected get kinds(): FormArray<KindForm> {
    return this.form.controls.kinds;
  }

  protected fields(kind: KindForm) {
    return kind.controls.fields;
  }

  protected bodyName(code: string): string {
    return this.bodies().find(b => b.code === code)?.name ?? code;
  }

  protected toggle(control: 'bodyCodes' | 'bodyKinds' | 'territoryKinds', value: string, on: boolean): void {
    const current = this.form.controls[control].value;
    this.form.controls[control].setValue(on ? [...current, value] : current.filter(v => v !== value));
    this.refresh();
  }

  protected addKind(): void {
    this.kinds.push(kindForm());
  }

  protected removeKind(index: number): void {
    this.kinds.removeAt(index);
    this.refresh();
  }

  protected addField(kind: KindForm): void {
    this.fields(kind).push(fieldForm());
  }

  protected removeField(kind: KindForm, index: number): void {
    this.fields(kind).removeAt(index);
    this.refresh();
  }

  protected addCard(): void {
    this.form.controls.cards.push(cardForm());
  }

  protected addMenuEntry(): void {
    this.form.controls.menu.push(menuForm());
  }

  protected removeAt(array: FormArray, index: number): void {
    array.removeAt(index);
    this.refresh();
  }

  /** The summary follows the user's corrections once a save was tried. */
  protected refresh(): void {
    if (this.submitted()) {
      this.problems = definitionProblems(this.form);
    }
  }

  save(): void {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    this.problems = definitionProblems(this.form);
    this.problem.set(null);
    if (this.problems.length) {
      return;
    }
    const input = { definition: toDefinition(this.form, this.original()), basis: this.form.controls.basis.value.trim() || null };
    const key = this.editing();
    this.saving.set(true);
    (key ? this.api.update(key, input) : this.api.create(input)).pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: view => {
        this.saving.set(false);
        this.toaster.success('Dalad::Definitions:Saved');
        this.router.navigate(['/responsibility/departments'], { queryParams: { saved: view.definition.key } });
      },
      error: error => {
        this.saving.set(false);
        this.problem.set(toProblem(error));
        window.scrollTo({ top: 0 });
      },
    });
  }
}
