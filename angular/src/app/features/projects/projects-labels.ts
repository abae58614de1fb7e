/** Permission names of the projects module (ProjectsConstants.cs of Dalad.Projects.Contracts). */
export const PROJECTS_PERMISSIONS = {
  projects: 'Dalad.Projects',
  manage: 'Dalad.Projects.Manage',
  warnings: 'Dalad.Warnings',
  handle: 'Dalad.Warnings.Handle',
  manageRules: 'Dalad.Warnings.ManageRules',
} as const;

/** WarningSeverities, mildest first. */
export const WARNING_SEVERITIES = ['low', 'medium', 'high'] as const;

/** WarningStatuses: open → handled → closed. */
export const WARNING_STATUSES = ['open', 'handled', 'closed'] as const;

export const WARNING_STATUS_KEYS: Record<string, string> = {
  open: 'Dalad::WarningList:Status:open',
  handled: 'Dalad::WarningList:Status:handled',
  closed: 'Dalad::WarningList:Status:closed',
};

export const SEVERITY_KEYS: Record<string, string> = {
  low: 'Dalad::WarningList:Severity:low',
  medium: 'Dalad::WarningList:Severity:medium',
  high: 'Dalad::WarningList:Severity:high',
};

/** SubcontractKinds. */
export const SUBCONTRACT_KIND_KEYS: Record<string, string> = {
  labour: 'Dalad::ProjectPage:SubcontractKind:labour',
  specialist: 'Dalad::ProjectPage:SubcontractKind:specialist',
};

/** DepositForms. */
export const DEPOSIT_FORM_KEYS: Record<string, string> = {
  cash: 'Dalad::ProjectPage:DepositForm:cash',
  'bank-guarantee': 'Dalad::ProjectPage:DepositForm:bank-guarantee',
  insurance: 'Dalad::ProjectPage:DepositForm:insurance',
  'guarantee-letter': 'Dalad::ProjectPage:DepositForm:guarantee-letter',
};

/** A code's label key; an unknown code (a value added on the server later) is shown as the generic "other". */
export function labelOf(keys: Record<string, string>, code: string | null | undefined): string {
  return (code && keys[code]) || 'Dalad::ProjectPage:Unknown';
}

/** The badge colour of a warning's state (the same `dalad-state` palette as the cases). */
export function warningState(status: string): string {
  return status === 'open' ? 'overdue' : status === 'handled' ? 'running' : 'closed';
}

/** DeadlineStates of the wage account and the deposit: the badge's text and palette state. */
const DEADLINE_BADGES: Record<'Account' | 'Deposit', Record<string, { key: string; state: string }>> = {
  Account: {
    'on-time': { key: 'Dalad::ProjectList:Badge:Account:on-time', state: 'on-time' },
    late: { key: 'Dalad::ProjectList:Badge:Account:late', state: 'overdue' },
    pending: { key: 'Dalad::ProjectList:Badge:Account:pending', state: 'running' },
    'no-contract': { key: 'Dalad::ProjectList:Badge:Account:no-contract', state: 'closed' },
  },
  Deposit: {
    'on-time': { key: 'Dalad::ProjectList:Badge:Deposit:on-time', state: 'on-time' },
    late: { key: 'Dalad::ProjectList:Badge:Deposit:late', state: 'overdue' },
    pending: { key: 'Dalad::ProjectList:Badge:Deposit:pending', state: 'running' },
    'no-contract': { key: 'Dalad::ProjectList:Badge:Deposit:no-contract', state: 'closed' },
  },
};

/**
 * The badge of the wage account or deposit from its DeadlineStates value: on time, late (missing or made after the
 * last day), pending (the last day not passed) or no contract date yet; an unknown state is "other".
 */
export function deadlineBadge(what: 'Account' | 'Deposit', state: string): { key: string; state: string } {
  return DEADLINE_BADGES[what][state] ?? { key: 'Dalad::ProjectPage:Unknown', state: 'closed' };
}
