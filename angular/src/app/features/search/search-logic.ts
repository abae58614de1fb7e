import type { HighlightPart } from '../../proxy/generated/models';
import { SearchHit, SearchScope } from './search-api';

/**
 * The pieces of a hit's text as the server marked them (the words the query matched, after masking); plain text,
 * bound as text. A server without marks gives the text unmarked.
 */
export function parts(text: string, marked: HighlightPart[] | null | undefined): HighlightPart[] {
  return marked?.length ? marked : text ? [{ text, match: false }] : [];
}

/** The title's pieces without the number the index puts first (the number is shown on its own). */
export function titleParts(hit: Pick<SearchHit, 'number' | 'title' | 'titleParts'>): HighlightPart[] {
  const all = parts(hit.title, hit.titleParts);
  const lead = hit.title.length - hit.title.trimStart().length;
  let skip = hit.title.trim().startsWith(hit.number) ? lead + hit.number.length : 0;
  const result: HighlightPart[] = [];
  for (const part of all) {
    const cut = Math.min(skip, part.text.length);
    skip -= cut;
    const text = result.length ? part.text.slice(cut) : part.text.slice(cut).trimStart();
    if (text) {
      result.push({ text, match: part.match });
    }
  }
  if (result.length) {
    const last = result[result.length - 1];
    result[result.length - 1] = { ...last, text: last.text.trimEnd() };
  }
  return result.filter(part => part.text);
}

/** Where a hit opens: its case; a lead without a case opens at the intake desk (for those who dispatch). */
export function hitLink(hit: Pick<SearchHit, 'id' | 'caseId'>, scope: SearchScope, canOpenLeads: boolean): { path: string[]; query?: Record<string, string> } | null {
  if (scope === 'cases') {
    return { path: ['/cases', hit.id] };
  }
  if (canOpenLeads) {
    return { path: ['/intake'], query: { lead: hit.id } };
  }
  return hit.caseId ? { path: ['/cases', hit.caseId] } : null;
}

/** The colour family of a status badge. */
export function statusState(scope: SearchScope, status: string): 'pending' | 'running' | 'closed' {
  if (scope === 'leads') {
    return status === 'pending' ? 'pending' : 'closed';
  }
  switch (status) {
    case 'received':
    case 'reviewing':
      return 'pending';
    case 'closed':
    case 'not-accepted':
      return 'closed';
    default:
      return 'running';
  }
}
