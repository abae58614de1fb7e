import { LocalizationPipe, PermissionService } from '@abp/ng.core';
import { Confirmation, ConfirmationService, ModalCloseDirective, ModalComponent, ToasterService } from '@abp/ng.theme.shared';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { debounceTime, Subject, Subscription } from 'rxjs';
import { Departments } from '../../../../core/departments';
import { Loading } from '../../../../shared/loading/loading';
import { REGISTER_LIMITS, RegisterApi, RegisterEntryDto, RegisterEntryInput, RegisterKindDto, TerritoryOption } from '../register-api';
import { FieldProblem, FormSummary } from '../../../../shared/form-summary/form-summary';
import { GENERIC_ERROR_KEY, serverErrorMessage } from '../../../../shared/server-error';
import { RegisterImport } from './register-import';

export const PAGE_SIZE = 10;

/** What the create/edit dialog edits; aliases as one text, split on commas and enumeration marks. */
export interface EntryForm {
  id?: string;
  kind: string;
  name: string;
  aliases: string;
  territoryCode: string;
  isActive: boolean;
  /** Kept as they were: the dialog does not edit them, and an update without them would clear them. */
  attributes: Record<string, string>;
}

/** Splits the aliases text on commas (ASCII and full-width), enumeration marks, semicolons and new lines. */
export function splitAliases(text: string): string[] {
  const parts = text
    .split(/[,;\n\u3001\uff0c\uff1b]/)
    .map(part => part.trim())
    .filter(Boolean);
  return [...new Set(parts)];
}

/** What is wrong with the entry dialog's fields, in form order (the summary on top and the outlines). */
export function entryProblems(form: EntryForm): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (id: string, labelKey: string, problemKey: string, ...args: number[]) =>
    problems.push({ id, labelKey, problemKey, args: args.map(String) });
  if (!form.kind) {
    add('register-kind', 'Dalad::RegisterPage:Kind', 'Dalad::Form:Required');
  }
  const name = form.name.trim();
  if (!name) {
    add('register-name', 'Dalad::RegisterPage:Name', 'Dalad::Form:Required');
  } else if (name.length > REGISTER_LIMITS.name) {
    add('register-name', 'Dalad::RegisterPage:Name', 'Dalad::Form:TooLong', REGISTER_LIMITS.name, name.length);
  }
  const aliases = splitAliases(form.aliases);
  const longest = Math.max(0, ...aliases.map(a => a.length));
  if (aliases.length > REGISTER_LIMITS.aliases) {
    add('register-aliases', 'Dalad::RegisterPage:Aliases', 'Dalad::RegisterPage:TooManyAliases', REGISTER_LIMITS.aliases, aliases.length);
  } else if (longest > REGISTER_LIMITS.alias) {
    add('register-aliases', 'Dalad::RegisterPage:Aliases', 'Dalad::Form:TooLong', REGISTER_LIMITS.alias, longest);
  }
  return problems;
}

/**
 * A department's register, drawn from the server's description: list with filters and paging,
 * create/edit dialog (with the kind's free fields), delete with confirmation and Excel import.
 * Reading needs the department's permission; every change needs its manage permission, so the
 * actions are shown only with it.
 */
@Component({
  selector: 'dalad-register-page',
  imports: [LocalizationPipe, FormsModule, ModalComponent, ModalCloseDirective, Loading, RegisterImport, FormSummary],
  templateUrl: './register-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPage implements OnInit {
  private readonly api = inject(RegisterApi);
  private readonly permissions = inject(PermissionService);
  private readonly toaster = inject(ToasterService);
  private readonly confirmation = inject(ConfirmationService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly departments = inject(Departments);

  /** The key of the department whose register this is. */
  readonly department = input.required<string>();

  /** Show only this kind at first (a menu entry or card for one kind). */
  readonly onlyKind = input<string | null | undefined>(undefined);

  /** The plugin's own permission: without it nothing is requested (a body's workspace may be opened by others). */
  protected readonly canRead = signal(false);
  protected readonly canManage = signal(false);
  protected readonly kinds = signal<RegisterKindDto[]>([]);
  protected readonly territories = signal<TerritoryOption[]>([]);
  protected readonly items = signal<RegisterEntryDto[] | null>(null);
  protected readonly totalCount = signal(0);
  protected readonly failed = signal(false);

  protected readonly filter = signal('');
  protected readonly kind = signal('');
  protected readonly territoryCode = signal('');
  protected readonly skipCount = signal(0);
  protected readonly pageSize = PAGE_SIZE;

  protected readonly form = signal<EntryForm | null>(null);
  protected readonly formVisible = signal(false);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly importVisible = signal(false);
  protected readonly limits = REGISTER_LIMITS;
  /** The dialog's refused fields, once a save was tried. */
  protected readonly problems = computed(() => {
    const form = this.form();
    return form && this.submitted() ? entryProblems(form) : [];
  });
  /** No entry at all yet (not merely none matching the filters): the first-use state. */
  protected readonly firstUse = computed(
    () => this.totalCount() === 0 && !this.failed() && !this.filter().trim() && !this.kind() && !this.territoryCode(),
  );

  protected readonly kindNames = computed(() => new Map(this.kinds().map(k => [k.kind, k.displayName])));
  protected readonly territoryNames = computed(() => new Map(this.territories().map(t => [t.code, t.name])));
  protected readonly pageFrom = computed(() => (this.totalCount() === 0 ? 0 : this.skipCount() + 1));
  protected readonly pageTo = computed(() => Math.min(this.skipCount() + this.pageSize, this.totalCount()));
  protected readonly hasPrevious = computed(() => this.skipCount() > 0);
  protected readonly hasNext = computed(() => this.skipCount() + this.pageSize < this.totalCount());

  private readonly filterTyped = new Subject<string>();
  private loading?: Subscription;

  /** The free fields of the kind chosen in the dialog. */
  protected readonly formFields = computed(() => this.kinds().find(k => k.kind === this.form()?.kind)?.fields ?? []);

  ngOnInit(): void {
    const department = this.departments.find(this.department());
    const canRead = !!department && this.permissions.getGrantedPolicy(department.policy);
    this.canRead.set(canRead);
    if (!department || !canRead) {
      return;
    }
    if (this.onlyKind()) {
      this.kind.set(this.onlyKind()!);
    }
    this.permissions
      .getGrantedPolicy$(department.managePolicy)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(granted => this.canManage.set(granted));
    this.api.getKinds(this.department()).subscribe({ next: kinds => this.kinds.set(kinds), error: e => this.showError(e) });
    this.api.getTerritories().subscribe({
      next: page => this.territories.set(page.items ?? []),
      error: e => this.showError(e),
    });
    this.filterTyped.pipe(debounceTime(300), takeUntilDestroyed(this.destroyRef)).subscribe(text => {
      this.filter.set(text);
      this.reload(0);
    });
    this.reload(0);
  }

  /** Loads the page that starts at `skipCount` with the current filters; a newer load cancels an older one. */
  reload(skipCount = this.skipCount()): void {
    this.skipCount.set(skipCount);
    this.loading?.unsubscribe();
    this.loading = this.api
      .getList(this.department(), {
        filter: this.filter().trim() || undefined,
        kind: this.kind() || undefined,
        territoryCode: this.territoryCode() || undefined,
        skipCount,
        maxResultCount: this.pageSize,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: page => {
          this.failed.set(false);
          this.items.set(page.items ?? []);
          this.totalCount.set(page.totalCount ?? 0);
        },
        error: e => {
          this.failed.set(true);
          this.showError(e);
        },
      });
  }

  onFilterTyped(text: string): void {
    this.filterTyped.next(text);
  }

  onKindChosen(kind: string): void {
    this.kind.set(kind);
    this.reload(0);
  }

  onTerritoryChosen(code: string): void {
    this.territoryCode.set(code);
    this.reload(0);
  }

  previousPage(): void {
    if (this.hasPrevious()) {
      this.reload(Math.max(0, this.skipCount() - this.pageSize));
    }
  }

  nextPage(): void {
    if (this.hasNext()) {
      this.reload(this.skipCount() + this.pageSize);
    }
  }

  kindName(kind: string): string {
    return this.kindNames().get(kind) ?? kind;
  }

  territoryName(code: string | null | undefined): string {
    return code ? (this.territoryNames().get(code) ?? code) : '';
  }

  openCreate(): void {
    if (!this.canManage()) {
      return;
    }
    const onlyKind = this.kinds().length === 1 ? this.kinds()[0].kind : '';
    this.openForm({ kind: this.kind() || onlyKind, name: '', aliases: '', territoryCode: '', isActive: true, attributes: {} });
  }

  openEdit(entry: RegisterEntryDto): void {
    if (!this.canManage()) {
      return;
    }
    this.openForm({
      id: entry.id,
      kind: entry.kind,
      name: entry.name,
      aliases: (entry.aliases ?? []).join(', '),
      territoryCode: entry.territoryCode ?? '',
      isActive: entry.isActive,
      attributes: { ...(entry.attributes ?? {}) },
    });
  }

  patchForm(change: Partial<EntryForm>): void {
    const current = this.form();
    if (current) {
      this.form.set({ ...current, ...change });
    }
  }

  patchAttribute(key: string, value: string): void {
    const current = this.form();
    if (current) {
      this.form.set({ ...current, attributes: { ...current.attributes, [key]: value } });
    }
  }

  /** The server's rules, and the kind's required fields, are checked here too, so an obviously refused entry is not sent. */
  formInvalid(form: EntryForm): boolean {
    const missing = this.formFields().some(f => f.required && !(form.attributes[f.key] ?? '').trim());
    return entryProblems(form).length > 0 || missing;
  }

  /** A field the dialog outlines. */
  invalid(id: string): boolean {
    return this.problems().some(p => p.id === id);
  }

  aliasCount(text: string): number {
    return splitAliases(text).length;
  }

  save(): void {
    const form = this.form();
    this.submitted.set(true);
    if (!form || this.formInvalid(form) || this.saving()) {
      return;
    }
    const input: RegisterEntryInput = {
      kind: form.kind,
      name: form.name.trim(),
      aliases: splitAliases(form.aliases),
      territoryCode: form.territoryCode || null,
      attributes: form.attributes,
      isActive: form.isActive,
    };
    this.saving.set(true);
    const request = form.id ? this.api.update(this.department(), form.id, input) : this.api.create(this.department(), input);
    request.subscribe({
      next: () => {
        this.saving.set(false);
        this.formVisible.set(false);
        this.toaster.success('Dalad::RegisterPage:Saved');
        this.reload();
      },
      error: e => {
        this.saving.set(false);
        this.showError(e);
      },
    });
  }

  confirmDelete(entry: RegisterEntryDto): void {
    if (!this.canManage()) {
      return;
    }
    this.confirmation
      .warn('Dalad::RegisterPage:DeleteConfirm', 'Dalad::RegisterPage:DeleteTitle', {
        messageLocalizationParams: [entry.name],
      })
      .subscribe(status => {
        if (status !== Confirmation.Status.confirm) {
          return;
        }
        this.api.delete(this.department(), entry.id).subscribe({
          next: () => {
            this.toaster.success('Dalad::RegisterPage:Deleted');
            // The last entry of a page gone: step back a page.
            const onlyOneLeft = (this.items()?.length ?? 0) <= 1 && this.skipCount() > 0;
            this.reload(onlyOneLeft ? this.skipCount() - this.pageSize : this.skipCount());
          },
          error: e => this.showError(e),
        });
      });
  }

  openImport(): void {
    if (this.canManage()) {
      this.importVisible.set(true);
    }
  }

  /** After an import the register changed: show it from the first page. */
  onImported(): void {
    this.reload(0);
  }

  private openForm(form: EntryForm): void {
    this.submitted.set(false);
    this.form.set(form);
    this.formVisible.set(true);
  }

  private showError(error: unknown): void {
    const message = serverErrorMessage(error);
    this.toaster.error(message ?? GENERIC_ERROR_KEY, message ? GENERIC_ERROR_KEY : undefined);
  }
}
