import { LocalizationWithDefault } from '@abp/ng.core';

/**
 * Labels of the matrix's codes. The keys are written out (not built from the code) so the
 * localization tests see them; the texts come from the responsibility module's resource.
 */

/** Every body kind the server accepts (BodyKinds.All); labelled with `bodyKindText`. */
export { KNOWN_BODY_KINDS as BODY_KINDS } from '../../../shared/body-kind';

export const TERRITORY_KINDS: Record<string, string> = {
  street: 'Dalad::TerritoryKind:street',
  town: 'Dalad::TerritoryKind:town',
  sumu: 'Dalad::TerritoryKind:sumu',
  zone: 'Dalad::TerritoryKind:zone',
};

export const VILLAGE_KINDS: Record<string, string> = {
  village: 'Dalad::VillageKind:village',
  community: 'Dalad::VillageKind:community',
};

export const ENTITY_TYPES: Record<string, string> = {
  Body: 'Dalad::MatrixEntity:Body',
  Territory: 'Dalad::MatrixEntity:Territory',
  ScopeItem: 'Dalad::MatrixEntity:ScopeItem',
};

const ACTIONS: Record<string, string> = {
  BodyCreated: 'Dalad::MatrixAction:BodyCreated',
  BodyUpdated: 'Dalad::MatrixAction:BodyUpdated',
  BodyDeactivated: 'Dalad::MatrixAction:BodyDeactivated',
  BodyActivated: 'Dalad::MatrixAction:BodyActivated',
  TerritoryCreated: 'Dalad::MatrixAction:TerritoryCreated',
  TerritoryUpdated: 'Dalad::MatrixAction:TerritoryUpdated',
  AliasAdded: 'Dalad::MatrixAction:AliasAdded',
  AliasRemoved: 'Dalad::MatrixAction:AliasRemoved',
  VillageAdded: 'Dalad::MatrixAction:VillageAdded',
  VillageRemoved: 'Dalad::MatrixAction:VillageRemoved',
  ScopeItemCreated: 'Dalad::MatrixAction:ScopeItemCreated',
  ScopeItemUpdated: 'Dalad::MatrixAction:ScopeItemUpdated',
  ScopeItemRemoved: 'Dalad::MatrixAction:ScopeItemRemoved',
  ScopeItemMoved: 'Dalad::MatrixAction:ScopeItemMoved',
  KeywordAdded: 'Dalad::MatrixAction:KeywordAdded',
  KeywordRemoved: 'Dalad::MatrixAction:KeywordRemoved',
  IndustryCodesSeeded: 'Dalad::MatrixAction:IndustryCodesSeeded',
};

/** The labels of the fields a change can touch (history's "what changed"). */
export const FIELDS: Record<string, string> = {
  code: 'Dalad::Field:Code',
  name: 'Dalad::Field:Name',
  kind: 'Dalad::Field:Kind',
  duty: 'Dalad::Field:Duty',
  bodyCode: 'Dalad::Field:BodyCode',
  sector: 'Dalad::Field:Sector',
  sourceText: 'Dalad::Field:SourceText',
  keywords: 'Dalad::Field:Keyword',
  aliases: 'Dalad::Field:Alias',
  villages: 'Dalad::Field:VillageName',
  industryCodes: 'Dalad::Field:IndustryCodes',
};

function label(keys: Record<string, string>, value: string): LocalizationWithDefault {
  return { key: keys[value] ?? value, defaultValue: value };
}

export function territoryKindText(kind: string): LocalizationWithDefault {
  return label(TERRITORY_KINDS, kind);
}

export function villageKindText(kind: string): LocalizationWithDefault {
  return label(VILLAGE_KINDS, kind);
}

export function entityTypeText(type: string): LocalizationWithDefault {
  return label(ENTITY_TYPES, type);
}

export function actionText(action: string): LocalizationWithDefault {
  return label(ACTIONS, action);
}

export function fieldText(field: string): LocalizationWithDefault {
  return label(FIELDS, field);
}
