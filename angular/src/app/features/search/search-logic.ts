import { highlight, TextSegment } from '../intake/intake-logic';
import { SearchHit, SearchScope } from './search-api';

/** The words of a query, for highlighting (the index matches more loosely; these are what the user typed). */
export function queryTerms(query: string): string[] {
  return [...new Set(query.split(/[\s,;\uFF0C\u3001\uFF1B]+/).map(term => term.trim()).filter(term => term.length > 0))];
}

/** The title without the number the index puts first (the number is shown on its own). */
export function hitTitle(hit: Pick<SearchHit, 'number' | 'title'>): string {
  const title = hit.title.trim();
  return title.startsWith(hit.number) ? title.slice(hit.number.length).trim() : title;
}

export function markTerms(text: string, terms: string[]): TextSegment[] {
  return highlight(text, terms.map(matched => ({ kind: 'query', matched, source: null })));
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
