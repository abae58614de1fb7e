import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { bodyKindText } from '../../../shared/body-kind';
import { Loading } from '../../../shared/loading/loading';
import { MatrixApi } from '../data/matrix-api';
import { Body, BodyDetails, ScopeItem } from '../data/matrix.models';
import { ChangeDialog, ChangeRequest } from '../shared/change-dialog';
import { FieldError } from '../shared/field-error';
import { MatrixLimits, optional, requiredText, splitWords } from '../shared/forms';
import { BODY_KINDS } from '../shared/labels';
import { injectCanManage } from '../shared/permissions';
import { Problem, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';

function editBodyForm(body: BodyDetails) {
  return new FormGroup({
    name: new FormControl(body.name, { nonNullable: true, validators: requiredText(MatrixLimits.bodyName) }),
    kind: new FormControl(body.kind, { nonNullable: true, validators: Validators.required }),
    duty: new FormControl(body.duty ?? '', { nonNullable: true, validators: Validators.maxLength(MatrixLimits.duty) }),
  });
}

function scopeItemForm() {
  return new FormGroup({
    sector: new FormControl('', { nonNullable: true, validators: requiredText(MatrixLimits.sector) }),
    sourceText: new FormControl('', { nonNullable: true, validators: Validators.maxLength(MatrixLimits.sourceText) }),
    keywords: new FormControl('', { nonNullable: true }),
  });
}

/** Which body takes the item, and which of its classes (all: the whole item moves or merges). */
function moveForm(item: ScopeItem) {
  return new FormGroup({
    bodyCode: new FormControl('', { nonNullable: true, validators: Validators.required }),
    codes: new FormControl<string[]>([...item.industryCodes], { nonNullable: true }),
  });
}

function keywordForm() {
  return new FormGroup({
    keyword: new FormControl('', { nonNullable: true, validators: requiredText(MatrixLimits.keyword) }),
  });
}

/**
 * One body: what it is, the territories it owns and its scope — the sectors it is responsible for,
 * each with the keywords that route a complaint to it. Users who may manage the matrix change all
 * of it here; every change asks for its basis and is live at once.
 */
@Component({
  selector: 'dalad-body-detail',
  imports: [LocalizationPipe, FormsModule, ReactiveFormsModule, RouterLink, Loading, ProblemAlert, ChangeDialog, FieldError],
  templateUrl: './body-detail.html',
  styleUrl: './body-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BodyDetail {
  private readonly api = inject(MatrixApi);
  private readonly destroyRef = inject(DestroyRef);

  /** The body's code, from the route. */
  readonly code = input.required<string>();

  protected readonly canManage = injectCanManage();
  protected readonly bodyKindText = bodyKindText;
  protected readonly kinds = BODY_KINDS;
  /** The active bodies an item can move to (loaded when the move dialog opens). */
  protected readonly moveTargets = signal<Body[]>([]);
  /** The industry classes of the item being moved. */
  protected readonly moveCodes = signal<string[]>([]);
  protected readonly body = signal<BodyDetails | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly change = signal<ChangeRequest | null>(null);
  protected readonly itemFilter = signal('');

  protected readonly keywordCount = computed(() =>
    (this.body()?.scopeItems ?? []).reduce((sum, item) => sum + item.keywords.length, 0),
  );

  /** Scope items whose sector, keywords or source text contain the filter text. */
  protected readonly shownItems = computed(() => {
    const items = this.body()?.scopeItems ?? [];
    const text = this.itemFilter().trim().toLowerCase();
    if (!text) {
      return items;
    }
    return items.filter(
      item =>
        item.sector.toLowerCase().includes(text) ||
        item.sourceText.toLowerCase().includes(text) ||
        item.keywords.some(k => k.toLowerCase().includes(text)),
    );
  });

  // The forms of the open dialog (the template binds their controls).
  protected editForm = editBodyForm({ code: '', name: '', kind: '', duty: null, isActive: true, territories: [], scopeItems: [] });
  protected itemForm = scopeItemForm();
  protected keywordForm = keywordForm();
  protected moveForm = moveForm({ id: '', bodyCode: '', sector: '', sourceText: '', keywords: [], industryCodes: [] });

  constructor() {
    effect(() => {
      const code = this.code();
      untracked(() => this.load(code));
    });
  }

  load(code = this.code()): void {
    this.problem.set(null);
    this.api
      .getBody(code)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: body => this.body.set(body),
        error: error => {
          this.body.set(null);
          this.problem.set(toProblem(error));
        },
      });
  }

  openEdit(body: BodyDetails): void {
    const form = (this.editForm = editBodyForm(body));
    this.change.set({
      kind: 'edit-body',
      titleKey: 'Dalad::Responsibility:BodyDetail:Edit',
      submitKey: 'AbpUi::Save',
      form,
      submit: basis => {
        const value = form.getRawValue();
        // An empty duty clears it (the API keeps a duty left out).
        return this.api.updateBody(body.code, { name: value.name.trim(), duty: value.duty.trim(), kind: value.kind, basis });
      },
    });
  }

  openDeactivate(body: BodyDetails): void {
    this.change.set({
      kind: 'deactivate',
      titleKey: 'Dalad::Responsibility:BodyDetail:Deactivate',
      messageKey: 'Dalad::Responsibility:BodyDetail:DeactivateMessage',
      messageParams: [body.name],
      submitKey: 'Dalad::Responsibility:BodyDetail:Deactivate',
      danger: true,
      form: new FormGroup({}),
      submit: basis => this.api.deactivateBody(body.code, basis),
    });
  }

  openActivate(body: BodyDetails): void {
    this.change.set({
      kind: 'activate',
      titleKey: 'Dalad::Responsibility:BodyDetail:Activate',
      messageKey: 'Dalad::Responsibility:BodyDetail:ActivateMessage',
      messageParams: [body.name],
      submitKey: 'Dalad::Responsibility:BodyDetail:Activate',
      form: new FormGroup({}),
      submit: basis => this.api.activateBody(body.code, basis),
    });
  }

  openAddItem(body: BodyDetails): void {
    const form = (this.itemForm = scopeItemForm());
    this.change.set({
      kind: 'add-item',
      titleKey: 'Dalad::Responsibility:Scope:Add',
      messageKey: 'Dalad::Responsibility:Scope:AddMessage',
      messageParams: [body.name],
      submitKey: 'Dalad::Responsibility:Scope:Add',
      form,
      submit: basis => {
        const value = form.getRawValue();
        return this.api.createScopeItem(body.code, {
          sector: value.sector.trim(),
          sourceText: optional(value.sourceText),
          keywords: splitWords(value.keywords),
          basis,
        });
      },
    });
  }

  openRemoveItem(item: ScopeItem): void {
    this.change.set({
      kind: 'remove-item',
      titleKey: 'Dalad::Responsibility:Scope:Remove',
      messageKey: 'Dalad::Responsibility:Scope:RemoveMessage',
      messageParams: [item.sector],
      submitKey: 'AbpUi::Delete',
      danger: true,
      form: new FormGroup({}),
      submit: basis => this.api.removeScopeItem(item.id, basis),
    });
  }

  /**
   * Hands an item's industry classes to another body: all of them moves the item (or merges it into the
   * target's item of the same sector), some of them splits the department.
   */
  openMove(body: BodyDetails, item: ScopeItem): void {
    const form = (this.moveForm = moveForm(item));
    this.moveCodes.set(item.industryCodes);
    this.api
      .getBodies({ isActive: true, maxResultCount: 1000 })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: bodies => this.moveTargets.set(bodies.items.filter(b => b.code !== body.code)),
        error: error => this.problem.set(toProblem(error)),
      });
    this.change.set({
      kind: 'move-item',
      titleKey: 'Dalad::Responsibility:Scope:Move',
      messageKey: 'Dalad::Responsibility:Scope:MoveMessage',
      messageParams: [item.sector, body.name],
      submitKey: 'Dalad::Responsibility:Scope:Move',
      form,
      submit: basis => {
        const value = form.getRawValue();
        const all = value.codes.length === item.industryCodes.length;
        return this.api.moveScopeItem(item.id, { bodyCode: value.bodyCode, industryCodes: all ? null : value.codes, basis });
      },
    });
  }

  toggleMoveCode(code: string, checked: boolean): void {
    const codes = this.moveForm.controls.codes;
    codes.setValue(checked ? [...codes.value, code].sort() : codes.value.filter(c => c !== code));
    codes.markAsDirty();
  }

  openAddKeyword(item: ScopeItem): void {
    const form = (this.keywordForm = keywordForm());
    this.change.set({
      kind: 'add-keyword',
      titleKey: 'Dalad::Responsibility:Keyword:Add',
      messageKey: 'Dalad::Responsibility:Keyword:AddMessage',
      messageParams: [item.sector],
      submitKey: 'Dalad::Responsibility:Keyword:Add',
      form,
      submit: basis => this.api.addKeyword(item.id, form.getRawValue().keyword.trim(), basis),
    });
  }

  openRemoveKeyword(item: ScopeItem, keyword: string): void {
    this.change.set({
      kind: 'remove-keyword',
      titleKey: 'Dalad::Responsibility:Keyword:Remove',
      messageKey: 'Dalad::Responsibility:Keyword:RemoveMessage',
      messageParams: [keyword, item.sector],
      submitKey: 'AbpUi::Delete',
      danger: true,
      form: new FormGroup({}),
      submit: basis => this.api.removeKeyword(item.id, keyword, basis),
    });
  }
}
