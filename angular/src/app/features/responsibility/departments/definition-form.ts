import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import type {
  DepartmentDefinition,
  MenuEntryDefinition,
  RegisterFieldDefinition,
  RegisterKindDefinition,
  WorkspaceCardDefinition,
} from '../../../proxy/generated/models';
import { FieldProblem } from '../../../shared/form-summary/form-summary';
import { notBlank, optional, requiredText } from '../shared/forms';

/** Same limits as the server's DepartmentDefinitionValidator. */
export const DefinitionLimits = {
  key: 40,
  itemKey: 64,
  name: 64,
  description: 500,
  kinds: 30,
  fields: 20,
  basis: 500,
} as const;

/** Lowercase latin letters and digits, words joined by dashes (the server's key pattern). */
export const DEFINITION_KEY_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The free field types the server accepts (RegisterFieldTypes.All), each with its label. */
export const FIELD_TYPES: readonly { type: string; labelKey: string }[] = [
  { type: 'text', labelKey: 'Dalad::Definitions:FieldType:text' },
  { type: 'number', labelKey: 'Dalad::Definitions:FieldType:number' },
  { type: 'date', labelKey: 'Dalad::Definitions:FieldType:date' },
  { type: 'boolean', labelKey: 'Dalad::Definitions:FieldType:boolean' },
  { type: 'credit-code', labelKey: 'Dalad::Definitions:FieldType:credit-code' },
];

/** The workspace card types (WorkspaceCardTypes.All). */
export const CARD_TYPES: readonly { type: string; labelKey: string }[] = [
  { type: 'case-todo', labelKey: 'Dalad::Definitions:CardType:case-todo' },
  { type: 'register', labelKey: 'Dalad::Definitions:CardType:register' },
];

const keyValidators = (max: number) => [...requiredText(max), Validators.pattern(DEFINITION_KEY_PATTERN)];

function namesGroup(zh = '', en = '') {
  return {
    nameZh: new FormControl(zh, { nonNullable: true, validators: requiredText(DefinitionLimits.name) }),
    nameEn: new FormControl(en, { nonNullable: true, validators: requiredText(DefinitionLimits.name) }),
  };
}

export function fieldForm(field?: RegisterFieldDefinition) {
  return new FormGroup({
    key: new FormControl(field?.key ?? '', { nonNullable: true, validators: keyValidators(DefinitionLimits.itemKey) }),
    ...namesGroup(field?.names['zh-Hans'], field?.names['en']),
    type: new FormControl(field?.type ?? 'text', { nonNullable: true }),
    required: new FormControl(field?.required ?? false, { nonNullable: true }),
  });
}

export function kindForm(kind?: RegisterKindDefinition) {
  return new FormGroup({
    key: new FormControl(kind?.key ?? '', { nonNullable: true, validators: keyValidators(DefinitionLimits.itemKey) }),
    ...namesGroup(kind?.names['zh-Hans'], kind?.names['en']),
    fields: new FormArray((kind?.fields ?? []).map(fieldForm)),
  });
}

export function cardForm(card?: WorkspaceCardDefinition) {
  return new FormGroup({
    type: new FormControl(card?.type ?? 'register', { nonNullable: true }),
    kind: new FormControl(card?.kind ?? '', { nonNullable: true }),
  });
}

export function menuForm(entry?: MenuEntryDefinition) {
  return new FormGroup({
    key: new FormControl(entry?.key ?? '', { nonNullable: true, validators: keyValidators(DefinitionLimits.itemKey) }),
    ...namesGroup(entry?.names['zh-Hans'], entry?.names['en']),
    path: new FormControl(entry?.path ?? '', { nonNullable: true }),
    icon: new FormControl(entry?.icon ?? 'fa fa-folder-open', { nonNullable: true, validators: Validators.maxLength(64) }),
    /** Not edited here: kept as stored (a plugin may put an entry behind another policy). */
    requiredPolicy: new FormControl<string | null>(entry?.requiredPolicy ?? null),
  });
}

/** "key=value" a line, as the texts are typed. */
function textLines(texts: Record<string, string> | undefined): string {
  return Object.entries(texts ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
}

export function parseTextLines(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0 && line.slice(0, at).trim()) {
      result[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return result;
}

/** Every line has a key before its "=". */
const textLinesValid = (control: { value: string }) =>
  control.value.split('\n').every(line => !line.trim() || line.indexOf('=') > 0) ? null : { textLines: true };

export function definitionForm(definition?: DepartmentDefinition) {
  return new FormGroup({
    key: new FormControl(
      { value: definition?.key ?? '', disabled: !!definition },
      { nonNullable: true, validators: keyValidators(DefinitionLimits.key) },
    ),
    ...namesGroup(definition?.names['zh-Hans'], definition?.names['en']),
    descriptionZh: new FormControl(definition?.descriptions['zh-Hans'] ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(DefinitionLimits.description),
    }),
    descriptionEn: new FormControl(definition?.descriptions['en'] ?? '', {
      nonNullable: true,
      validators: Validators.maxLength(DefinitionLimits.description),
    }),
    bodyCodes: new FormControl<string[]>(definition?.bodyCodes ?? [], { nonNullable: true }),
    bodyKinds: new FormControl<string[]>(definition?.bodyKinds ?? [], { nonNullable: true }),
    /** '' = the entry's territory decides (then territory kinds are required). */
    ownerBodyCode: new FormControl(definition ? (definition.ownerBodyCode ?? '') : null, { nonNullable: false }),
    territoryKinds: new FormControl<string[]>(definition?.territoryKinds ?? [], { nonNullable: true }),
    industryBodyCode: new FormControl(definition?.industryBodyCode ?? '', { nonNullable: true }),
    kinds: new FormArray((definition?.kinds.length ? definition.kinds : [undefined]).map(kindForm)),
    cards: new FormArray((definition?.cards ?? []).map(cardForm)),
    menu: new FormArray((definition?.menu ?? []).map(menuForm)),
    textsZh: new FormControl(textLines(definition?.texts['zh-Hans']), { nonNullable: true, validators: textLinesValid }),
    textsEn: new FormControl(textLines(definition?.texts['en']), { nonNullable: true, validators: textLinesValid }),
    basis: new FormControl('', { nonNullable: true, validators: Validators.maxLength(DefinitionLimits.basis) }),
  });
}

export type DefinitionForm = ReturnType<typeof definitionForm>;
export type KindForm = ReturnType<typeof kindForm>;

const names = (group: { nameZh: string; nameEn: string }) => ({ 'zh-Hans': group.nameZh.trim(), en: group.nameEn.trim() });

/**
 * The definition the form describes. What the form does not edit (the permission, project types) is kept from
 * `original`; the owner is the chosen body, or — when none is chosen — the body of the entry's territory.
 */
export function toDefinition(form: DefinitionForm, original?: DepartmentDefinition): DepartmentDefinition {
  const v = form.getRawValue();
  const descriptions: Record<string, string> = v.descriptionZh.trim() || v.descriptionEn.trim() ? { 'zh-Hans': v.descriptionZh.trim(), en: v.descriptionEn.trim() } : {};
  const texts: Record<string, Record<string, string>> = {};
  const zh = parseTextLines(v.textsZh);
  const en = parseTextLines(v.textsEn);
  if (Object.keys(zh).length) texts['zh-Hans'] = zh;
  if (Object.keys(en).length) texts['en'] = en;
  const owner = optional(v.ownerBodyCode);
  return {
    key: v.key.trim(),
    names: names(v),
    descriptions,
    permission: original?.permission ?? null,
    bodyCodes: v.bodyCodes,
    bodyKinds: v.bodyKinds,
    ownerBodyCode: owner,
    territoryKinds: owner ? null : v.territoryKinds,
    industryBodyCode: optional(v.industryBodyCode),
    kinds: v.kinds.map(kind => ({
      key: kind.key.trim(),
      names: names(kind),
      fields: kind.fields.map(field => ({ key: field.key.trim(), names: names(field), type: field.type, required: field.required })),
    })),
    cards: v.cards.map(card => ({ type: card.type, kind: card.type === 'register' && card.kind ? card.kind : null })),
    menu: v.menu.map(entry => ({ key: entry.key.trim(), names: names(entry), path: entry.path, icon: entry.icon.trim() || 'fa fa-folder-open', requiredPolicy: entry.requiredPolicy })),
    texts,
    projectTypes: original?.projectTypes ?? [],
    // Project supervision (types, checklist items, rules) is not edited here: kept as stored.
    checklist: original?.checklist ?? [],
    rules: original?.rules ?? [],
    effectiveCards: null,
    effectiveMenu: null,
  };
}

const LABELS: Record<string, string> = {
  key: 'Dalad::Definitions:Key',
  nameZh: 'Dalad::Definitions:NameZh',
  nameEn: 'Dalad::Definitions:NameEn',
  descriptionZh: 'Dalad::Definitions:DescriptionZh',
  descriptionEn: 'Dalad::Definitions:DescriptionEn',
  icon: 'Dalad::Definitions:MenuIcon',
  textsZh: 'Dalad::Definitions:TextsZh',
  textsEn: 'Dalad::Definitions:TextsEn',
  basis: 'Dalad::Definitions:Basis',
};

/** The element id of a control, by its path in the form (e.g. `def-kinds-0-fields-1-key`). */
export function controlId(path: (string | number)[]): string {
  return ['def', ...path].join('-');
}

function problemOf(errors: Record<string, unknown>): Pick<FieldProblem, 'problemKey' | 'args'> {
  const tooLong = errors['maxlength'] as { requiredLength: number; actualLength: number } | undefined;
  if (errors['required']) return { problemKey: 'Dalad::Form:Required', args: [] };
  if (tooLong) return { problemKey: 'Dalad::Form:TooLong', args: [String(tooLong.requiredLength), String(tooLong.actualLength)] };
  if (errors['pattern']) return { problemKey: 'Dalad::Definitions:KeyFormat', args: [] };
  if (errors['textLines']) return { problemKey: 'Dalad::Definitions:TextsFormat', args: [] };
  return { problemKey: 'Dalad::Form:Invalid', args: [] };
}

/**
 * Every invalid field of the form, in reading order, for the summary above it; and the rules that span fields
 * (bodies served, the owner), which the server checks again.
 */
export function definitionProblems(form: DefinitionForm): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // A field of a kind, card or menu entry is named by its own label; the summary's link takes the focus to it.
  const visit = (group: FormGroup, path: (string | number)[]) => {
    for (const [name, control] of Object.entries(group.controls)) {
      if (control instanceof FormArray) {
        control.controls.forEach((child, index) => visit(child as FormGroup, [...path, name, index]));
      } else if (control.errors && LABELS[name]) {
        problems.push({ id: controlId([...path, name]), labelKey: LABELS[name], ...problemOf(control.errors) });
      }
    }
  };
  visit(form as unknown as FormGroup, []);
  const v = form.getRawValue();
  if (v.bodyCodes.length === 0 && v.bodyKinds.length === 0) {
    problems.push({ id: controlId(['bodies']), labelKey: 'Dalad::Definitions:Bodies', problemKey: 'Dalad::Definitions:NoBodies', args: [] });
  }
  if (v.ownerBodyCode === null) {
    problems.push({ id: controlId(['ownerBodyCode']), labelKey: 'Dalad::Definitions:Owner', problemKey: 'Dalad::Form:Required', args: [] });
  } else if (!v.ownerBodyCode && v.territoryKinds.length === 0) {
    problems.push({ id: controlId(['territoryKinds']), labelKey: 'Dalad::Definitions:TerritoryKinds', problemKey: 'Dalad::Definitions:NoTerritoryKinds', args: [] });
  }
  if (v.kinds.length === 0) {
    problems.push({ id: controlId(['add-kind']), labelKey: 'Dalad::Definitions:Kinds', problemKey: 'Dalad::Form:Required', args: [] });
  }
  return problems;
}
