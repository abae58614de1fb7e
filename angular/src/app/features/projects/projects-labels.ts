/** Permission names of the projects module (ProjectsConstants.cs of Dalad.Projects.Contracts). */
export const PROJECTS_PERMISSIONS = {
  projects: 'Dalad.Projects',
  manage: 'Dalad.Projects.Manage',
  warnings: 'Dalad.Warnings',
  handle: 'Dalad.Warnings.Handle',
} as const;

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

/**
 * A project's compliance from the warnings that are not closed: the wage account (rule `account-late`) and the
 * deposit (`deposit-late`), each `late` while such a warning stands, else `ok`.
 */
export function compliance(projectId: string, warnings: readonly { projectId: string; ruleKey: string; status: string }[]) {
  const standing = (rule: string) => warnings.some(w => w.projectId === projectId && w.ruleKey === rule && w.status !== 'closed');
  return {
    account: standing('account-late') ? 'late' : 'ok',
    deposit: standing('deposit-late') ? 'late' : 'ok',
  } as const;
}
