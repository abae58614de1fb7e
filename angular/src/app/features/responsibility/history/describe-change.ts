import { MatrixChange } from '../data/matrix.models';

/** One line of "what changed": a field's old and new value, or the words added to and removed from a list. */
export interface ChangePart {
  field: string;
  from?: string;
  to?: string;
  added?: string[];
  removed?: string[];
}

type Aggregate = Record<string, unknown>;

/**
 * Fields shown for what a change created or removed, per kind of aggregate (its name is in the
 * row already).
 */
const SUMMARY_FIELDS: Record<string, string[]> = {
  Body: ['code', 'kind'],
  Territory: ['code', 'kind', 'bodyCode'],
  ScopeItem: [],
};
const LIST_FIELDS = ['keywords', 'aliases', 'villages'];
const IGNORED_FIELDS = new Set(['id', 'isActive', 'revision']);

function text(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'object' && 'name' in (value as Aggregate)) {
    return String((value as Aggregate)['name']);
  }
  return String(value);
}

function words(value: unknown): string[] {
  return Array.isArray(value) ? value.map(text) : [];
}

/** The body, territory or scope item a change is about, by name (as it was after, or before a removal). */
export function changeSubject(change: MatrixChange): string {
  const state = (change.after ?? change.before ?? {}) as Aggregate;
  return text(state['name'] ?? state['sector'] ?? change.entityKey);
}

/**
 * What a change did, field by field, from the aggregate before and after it: created (its name and
 * list contents), removed (its name), or changed (each differing field; lists as added/removed).
 */
export function describeChange(change: MatrixChange): ChangePart[] {
  const before = change.before as Aggregate | null | undefined;
  const after = change.after as Aggregate | null | undefined;
  if (!before || !after) {
    const state = (after ?? before ?? {}) as Aggregate;
    const parts: ChangePart[] = (SUMMARY_FIELDS[change.entityType] ?? [])
      .filter(field => text(state[field]))
      .map(field => (after ? { field, to: text(state[field]) } : { field, from: text(state[field]) }));
    for (const field of LIST_FIELDS) {
      const list = words(state[field]);
      if (list.length) {
        parts.push(after ? { field, added: list } : { field, removed: list });
      }
    }
    return parts;
  }
  const parts: ChangePart[] = [];
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of fields) {
    if (IGNORED_FIELDS.has(field)) {
      continue;
    }
    if (LIST_FIELDS.includes(field)) {
      const old = words(before[field]);
      const now = words(after[field]);
      const added = now.filter(w => !old.includes(w));
      const removed = old.filter(w => !now.includes(w));
      if (added.length || removed.length) {
        parts.push({ field, added, removed });
      }
    } else if (text(before[field]) !== text(after[field])) {
      parts.push({ field, from: text(before[field]), to: text(after[field]) });
    }
  }
  return parts;
}
