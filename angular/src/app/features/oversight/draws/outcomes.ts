/** The results of an inspection, as the server names them, and their texts. */
export const DRAW_OUTCOMES = ['compliant', 'rectify', 'arrears'] as const;

const OUTCOME_KEYS: Record<string, string> = {
  compliant: 'Dalad::Draws:Outcome:Compliant',
  rectify: 'Dalad::Draws:Outcome:Rectify',
  arrears: 'Dalad::Draws:Outcome:Arrears',
};

export function outcomeKey(outcome: string): string {
  return OUTCOME_KEYS[outcome] ?? outcome;
}
