/** Pure helpers of the backlog page (the server has the same rules and checks again). */

export const BACKLOG_CIRCUMSTANCES = ['project-collapsed', 'employer-gone', 'funds-gone'] as const;

export const BACKLOG_CHANNEL_KEYS: Record<string, string> = {
  mediation: 'Dalad::Enforcement:Backlog:Channel:mediation',
  'judicial-confirmation': 'Dalad::Enforcement:Backlog:Channel:judicial-confirmation',
  arbitration: 'Dalad::Enforcement:Backlog:Channel:arbitration',
  litigation: 'Dalad::Enforcement:Backlog:Channel:litigation',
};

export const BACKLOG_STEP_KEYS: Record<string, string> = {
  accepted: 'Dalad::Enforcement:Backlog:Step:accepted',
  mediating: 'Dalad::Enforcement:Backlog:Step:mediating',
  agreed: 'Dalad::Enforcement:Backlog:Step:agreed',
  'mediation-failed': 'Dalad::Enforcement:Backlog:Step:mediation-failed',
  applied: 'Dalad::Enforcement:Backlog:Step:applied',
  confirmed: 'Dalad::Enforcement:Backlog:Step:confirmed',
  rejected: 'Dalad::Enforcement:Backlog:Step:rejected',
  filed: 'Dalad::Enforcement:Backlog:Step:filed',
  heard: 'Dalad::Enforcement:Backlog:Step:heard',
  awarded: 'Dalad::Enforcement:Backlog:Step:awarded',
  conciliated: 'Dalad::Enforcement:Backlog:Step:conciliated',
  tried: 'Dalad::Enforcement:Backlog:Step:tried',
  judged: 'Dalad::Enforcement:Backlog:Step:judged',
  executed: 'Dalad::Enforcement:Backlog:Step:executed',
};

export const BACKLOG_GROUND_KEYS: Record<string, string> = {
  'long-open': 'Dalad::Enforcement:Backlog:Ground:long-open',
  reopened: 'Dalad::Enforcement:Backlog:Ground:reopened',
  'repeated-petitions': 'Dalad::Enforcement:Backlog:Ground:repeated-petitions',
  'project-collapsed': 'Dalad::Enforcement:Backlog:Ground:project-collapsed',
  'employer-gone': 'Dalad::Enforcement:Backlog:Ground:employer-gone',
  'funds-gone': 'Dalad::Enforcement:Backlog:Ground:funds-gone',
};

export const BACKLOG_STATUS_KEYS: Record<string, string> = {
  flagged: 'Dalad::Enforcement:Backlog:Status:flagged',
  routed: 'Dalad::Enforcement:Backlog:Status:routed',
  settled: 'Dalad::Enforcement:Backlog:Status:settled',
};

export const BACKLOG_OUTCOME_KEYS: Record<string, string> = {
  settled: 'Dalad::Enforcement:Backlog:Outcome:settled',
  unsettled: 'Dalad::Enforcement:Backlog:Outcome:unsettled',
};

/** The final steps that settle by themselves or never settle: the page asks "settled?" only for the others. */
const SELF_DECIDING = new Set(['agreed', 'confirmed', 'conciliated', 'mediation-failed', 'rejected']);

export function asksSettled(step: string, isLast: boolean): boolean {
  return isLast && !SELF_DECIDING.has(step);
}

/** An amount typed in yuan: a number of 0 or more with at most two decimals, else null. */
export function parseAmount(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Number(t);
}
