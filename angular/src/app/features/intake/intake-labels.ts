/** Literal keys (the localization test finds them here) for values the server sends as codes. */
export const CHANNEL_KEYS: Record<string, string> = {
  '12345': 'Dalad::Intake:Channel:12345',
  petition: 'Dalad::Intake:Channel:Petition',
  online: 'Dalad::Intake:Channel:Online',
  'walk-in': 'Dalad::Intake:Channel:WalkIn',
  inspection: 'Dalad::Intake:Channel:Inspection',
  warning: 'Dalad::Intake:Channel:Warning',
};

export const EVIDENCE_KEYS: Record<string, string> = {
  'territory-name': 'Dalad::Intake:Evidence:TerritoryName',
  'territory-alias': 'Dalad::Intake:Evidence:TerritoryAlias',
  village: 'Dalad::Intake:Evidence:Village',
  register: 'Dalad::Intake:Evidence:Register',
  keyword: 'Dalad::Intake:Evidence:Keyword',
  zone: 'Dalad::Intake:Evidence:Zone',
  residence: 'Dalad::Intake:Evidence:Residence',
  fallback: 'Dalad::Intake:Evidence:Fallback',
  'territory-tolerant': 'Dalad::Intake:Evidence:TerritoryTolerant',
  'territory-partial': 'Dalad::Intake:Evidence:TerritoryPartial',
  'site': 'Dalad::Intake:Evidence:Site',
  'office': 'Dalad::Intake:Evidence:Office',
  'industry-class': 'Dalad::Intake:Evidence:IndustryClass',
  'trade': 'Dalad::Intake:Evidence:Trade',
  'project-type': 'Dalad::Intake:Evidence:ProjectType',
  'learned': 'Dalad::Intake:Evidence:Learned',
};

export const ROLE_KEYS: Record<string, string> = {
  territorial: 'Dalad::Intake:Role:Territorial',
  industry: 'Dalad::Intake:Role:Industry',
};

export const LEAD_STATUS_KEYS: Record<string, string> = {
  pending: 'Dalad::Intake:LeadStatus:Pending',
  dispatched: 'Dalad::Intake:LeadStatus:Dispatched',
  linked: 'Dalad::Intake:LeadStatus:Linked',
};

export const IMPORT_OUTCOME_KEYS: Record<string, string> = {
  imported: 'Dalad::Intake:Import:Outcome:Imported',
  linked: 'Dalad::Intake:Import:Outcome:Linked',
  duplicate: 'Dalad::Intake:Import:Outcome:Duplicate',
  rejected: 'Dalad::Intake:Import:Outcome:Rejected',
};

export const CONFIRM_PROBLEM_KEYS: Record<string, string> = {
  'territory-missing': 'Dalad::Intake:Confirm:TerritoryMissing',
  'industry-missing': 'Dalad::Intake:Confirm:IndustryMissing',
  'reason-required': 'Dalad::Intake:Confirm:ReasonRequired',
};

/** The key for a code, or the code itself when this UI does not know it. */
export function labelKey(keys: Record<string, string>, code: string | null | undefined): string {
  return (code && keys[code]) || code || '';
}
