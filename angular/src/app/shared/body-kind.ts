import { LocalizationWithDefault } from '@abp/ng.core';

/** The label of a body kind (`industry`, `territorial`, ...); an unknown kind shows as it is. */
export function bodyKindText(kind: string): LocalizationWithDefault {
  return { key: `Dalad::BodyKind:${kind}`, defaultValue: kind };
}

/** The body kinds the responsibility module seeds (see shared/data/bodies.csv). */
export const KNOWN_BODY_KINDS = [
  'government',
  'coordination',
  'industry',
  'zone',
  'territorial',
  'support',
  'judicial',
  'intake',
  'oversight',
] as const;
