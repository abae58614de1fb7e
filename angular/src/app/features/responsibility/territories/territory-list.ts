import { LocalizationPipe } from '@abp/ng.core';
import { NgTemplateOutlet } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormsModule, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { Loading } from '../../../shared/loading/loading';
import { MatrixApi } from '../data/matrix-api';
import { Body, Territory, Village } from '../data/matrix.models';
import { ChangeDialog, ChangeRequest } from '../shared/change-dialog';
import { FieldError } from '../shared/field-error';
import { MatrixLimits, optional, requiredText, splitWords, TERRITORY_CODE_PATTERN, VILLAGE_CODE_PATTERN } from '../shared/forms';
import { TERRITORY_KINDS, territoryKindText, VILLAGE_KINDS, villageKindText } from '../shared/labels';
import { injectCanManage } from '../shared/permissions';
import { Problem, toProblem } from '../shared/problem';
import { ProblemAlert } from '../shared/problem-alert';

function aliasForm() {
  return new FormGroup({
    alias: new FormControl('', { nonNullable: true, validators: requiredText(MatrixLimits.alias) }),
  });
}

/** A new territory (code, kind and aliases only then), or an existing one's name and owner. */
function territoryForm(territory?: Territory) {
  return new FormGroup({
    code: new FormControl(territory?.code ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(TERRITORY_CODE_PATTERN)],
    }),
    name: new FormControl(territory?.name ?? '', { nonNullable: true, validators: requiredText(MatrixLimits.territoryName) }),
    kind: new FormControl(territory?.kind ?? 'town', { nonNullable: true, validators: Validators.required }),
    bodyCode: new FormControl(territory?.bodyCode ?? '', { nonNullable: true, validators: Validators.required }),
    aliases: new FormControl('', { nonNullable: true }),
  });
}

function villageForm() {
  return new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: requiredText(MatrixLimits.villageName) }),
    kind: new FormControl('village', { nonNullable: true, validators: Validators.required }),
    code: new FormControl('', { nonNullable: true, validators: Validators.pattern(VILLAGE_CODE_PATTERN) }),
  });
}

/**
 * The towns, sumu, streets and zones: who owns each, the other names it goes by (aliases) and its
 * villages and communities — what lets routing recognise a place in a complaint's address.
 */
@Component({
  selector: 'dalad-territory-list',
  imports: [LocalizationPipe, FormsModule, ReactiveFormsModule, RouterLink, NgTemplateOutlet, Loading, ProblemAlert, ChangeDialog, FieldError],
  templateUrl: './territory-list.html',
  styleUrl: './territory-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TerritoryList implements OnInit {
  private readonly api = inject(MatrixApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly injector = inject(Injector);

  protected readonly canManage = injectCanManage();
  protected readonly territoryKindText = territoryKindText;
  protected readonly villageKindText = villageKindText;
  protected readonly villageKinds = Object.keys(VILLAGE_KINDS);
  protected readonly territoryKinds = Object.keys(TERRITORY_KINDS);
  /** The active bodies that may own territory (towns, sumu, streets, zones): the owner choices. */
  protected readonly owners = signal<Body[]>([]);

  protected readonly territories = signal<Territory[] | null>(null);
  protected readonly bodyNames = signal(new Map<string, string>());
  protected readonly problem = signal<Problem | null>(null);
  protected readonly filter = signal('');
  protected readonly selectedCode = signal<string | null>(null);
  protected readonly change = signal<ChangeRequest | null>(null);

  protected readonly shown = computed(() => {
    const text = this.filter().trim().toLowerCase();
    const all = this.territories() ?? [];
    if (!text) {
      return all;
    }
    return all.filter(
      t =>
        t.name.toLowerCase().includes(text) ||
        t.code.includes(text) ||
        (this.bodyNames().get(t.bodyCode) ?? '').toLowerCase().includes(text) ||
        t.aliases.some(a => a.toLowerCase().includes(text)) ||
        t.villages.some(v => v.name.toLowerCase().includes(text)),
    );
  });

  protected readonly selected = computed(() => {
    const all = this.territories() ?? [];
    return all.find(t => t.code === this.selectedCode()) ?? (all.length ? all[0] : null);
  });

  /** The selected territory's villages first, then its communities, each by name. */
  protected readonly villages = computed(() =>
    [...(this.selected()?.villages ?? [])].sort(
      (a, b) => Number(a.kind !== 'village') - Number(b.kind !== 'village') || a.name.localeCompare(b.name, 'zh'),
    ),
  );

  protected aliasForm = aliasForm();
  protected villageForm = villageForm();
  protected territoryForm = territoryForm();

  ngOnInit(): void {
    // Not `code`: the OAuth sign-in reads a `code` in the address as its own.
    this.selectedCode.set(this.route.snapshot.queryParamMap.get('territory'));
    this.load();
  }

  load(): void {
    this.problem.set(null);
    forkJoin({ territories: this.api.getTerritories(), bodies: this.api.getBodies({ maxResultCount: 1000 }) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ territories, bodies }) => {
          const first = this.territories() === null;
          this.bodyNames.set(new Map(bodies.items.map(b => [b.code, b.name])));
          this.owners.set(bodies.items.filter(b => b.isActive && (b.kind === 'territorial' || b.kind === 'zone')));
          this.territories.set(territories.items);
          if (first) {
            // A territory opened from a link may sit low in the list: bring it into view.
            afterNextRender(() => this.host.nativeElement.querySelector('.dalad-territory-nav .active')?.scrollIntoView?.({ block: 'nearest' }), {
              injector: this.injector,
            });
          }
        },
        error: error => this.problem.set(toProblem(error)),
      });
  }

  select(territory: Territory): void {
    this.selectedCode.set(territory.code);
    this.router.navigate([], { relativeTo: this.route, replaceUrl: true, queryParams: { territory: territory.code } });
  }

  bodyName(code: string): string {
    return this.bodyNames().get(code) ?? code;
  }

  openCreate(): void {
    const form = (this.territoryForm = territoryForm());
    this.change.set({
      kind: 'create-territory',
      titleKey: 'Dalad::Responsibility:Territories:Create',
      messageKey: 'Dalad::Responsibility:Territories:CreateMessage',
      submitKey: 'Dalad::Responsibility:Territories:Create',
      form,
      submit: basis => {
        const value = form.getRawValue();
        this.selectedCode.set(value.code);
        return this.api.createTerritory({
          code: value.code.trim(),
          name: value.name.trim(),
          kind: value.kind,
          bodyCode: value.bodyCode,
          aliases: splitWords(value.aliases),
          basis,
        });
      },
    });
  }

  openEdit(territory: Territory): void {
    const form = (this.territoryForm = territoryForm(territory));
    form.controls.code.disable();
    form.controls.kind.disable();
    this.change.set({
      kind: 'edit-territory',
      titleKey: 'Dalad::Responsibility:Territories:Edit',
      messageKey: 'Dalad::Responsibility:Territories:EditMessage',
      messageParams: [territory.name],
      submitKey: 'AbpUi::Save',
      form,
      submit: basis => {
        const value = form.getRawValue();
        return this.api.updateTerritory(territory.code, { name: value.name.trim(), bodyCode: value.bodyCode, basis });
      },
    });
  }

  openAddAlias(territory: Territory): void {
    const form = (this.aliasForm = aliasForm());
    this.change.set({
      kind: 'add-alias',
      titleKey: 'Dalad::Responsibility:Territories:AddAlias',
      messageKey: 'Dalad::Responsibility:Territories:AddAliasMessage',
      messageParams: [territory.name],
      submitKey: 'Dalad::Responsibility:Territories:AddAlias',
      form,
      submit: basis => this.api.addAlias(territory.code, form.getRawValue().alias.trim(), basis),
    });
  }

  openRemoveAlias(territory: Territory, alias: string): void {
    this.change.set({
      kind: 'remove-alias',
      titleKey: 'Dalad::Responsibility:Territories:RemoveAlias',
      messageKey: 'Dalad::Responsibility:Territories:RemoveAliasMessage',
      messageParams: [alias, territory.name],
      submitKey: 'AbpUi::Delete',
      danger: true,
      form: new FormGroup({}),
      submit: basis => this.api.removeAlias(territory.code, alias, basis),
    });
  }

  openAddVillage(territory: Territory): void {
    const form = (this.villageForm = villageForm());
    this.change.set({
      kind: 'add-village',
      titleKey: 'Dalad::Responsibility:Territories:AddVillage',
      messageKey: 'Dalad::Responsibility:Territories:AddVillageMessage',
      messageParams: [territory.name],
      submitKey: 'Dalad::Responsibility:Territories:AddVillage',
      form,
      submit: basis => {
        const value = form.getRawValue();
        return this.api.addVillage(territory.code, {
          name: value.name.trim(),
          kind: value.kind,
          code: optional(value.code),
          basis,
        });
      },
    });
  }

  openRemoveVillage(territory: Territory, village: Village): void {
    this.change.set({
      kind: 'remove-village',
      titleKey: 'Dalad::Responsibility:Territories:RemoveVillage',
      messageKey: 'Dalad::Responsibility:Territories:RemoveVillageMessage',
      messageParams: [village.name, territory.name],
      submitKey: 'AbpUi::Delete',
      danger: true,
      form: new FormGroup({}),
      submit: basis => this.api.removeVillage(territory.code, village.name, basis),
    });
  }
}
