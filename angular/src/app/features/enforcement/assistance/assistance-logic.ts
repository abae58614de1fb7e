/** Pure helpers of the assistance and protected-account pages (the server has the same rules and checks again). */

export const ASSISTANCE_KIND_KEYS: Record<string, string> = {
  property: 'Dalad::Enforcement:Assistance:Kind:property',
  vehicles: 'Dalad::Enforcement:Assistance:Kind:vehicles',
  locate: 'Dalad::Enforcement:Assistance:Kind:locate',
  'bank-accounts': 'Dalad::Enforcement:Assistance:Kind:bank-accounts',
  'court-enforcement': 'Dalad::Enforcement:Assistance:Kind:court-enforcement',
};

export const DUE_STATE_KEYS: Record<string, string> = {
  open: 'Dalad::Enforcement:Assistance:Due:open',
  overdue: 'Dalad::Enforcement:Assistance:Due:overdue',
  answered: 'Dalad::Enforcement:Assistance:Due:answered',
  'answered-late': 'Dalad::Enforcement:Assistance:Due:answered-late',
};

export const ACCOUNT_KIND_KEYS: Record<string, string> = {
  'wage-account': 'Dalad::Enforcement:Accounts:Kind:wage-account',
  'deposit-account': 'Dalad::Enforcement:Accounts:Kind:deposit-account',
};

export function keyOf(keys: Record<string, string>, code: string | null | undefined): string {
  return keys[code ?? ''] ?? 'Dalad::Enforcement:Unknown';
}

/** The badge colour of a due state: overdue and late are what the receiving body must look at. */
export function dueBadge(state: string): 'done' | 'overdue' | 'running' {
  return state === 'answered' ? 'done' : state === 'overdue' || state === 'answered-late' ? 'overdue' : 'running';
}

/** The digits of an account number without spaces and dashes when 8 to 32 digits remain; else null (as the server). */
export function normaliseAccountNumber(input: string | null | undefined): string | null {
  const digits = (input ?? '').replace(/[\s\-\uFF0D\u2014\u2013]/g, '');
  return /^\d{8,32}$/.test(digits) ? digits : null;
}

/** Attachments typed one per line: trimmed, blank lines dropped. */
export function attachmentLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line.length > 0);
}
