import { DepartmentDescription } from '../departments';
import { WorkspaceEntryDto } from '../../proxy/workspaces';

/** The overview of every body (the body holding the matrix's coordinator role, and administrators): a workspace kind, not a body. */
export const COORDINATION_WORKSPACE = 'coordination';
export const GENERIC_WORKSPACE = 'generic';
export const WORKSPACE_PATH = '/workspace';

/**
 * Where a user lands after login (router commands):
 * - exactly one body: straight to its workspace;
 * - several bodies: the one chosen last time (if still a member), otherwise the picker;
 * - none: the picker, which says the account belongs to no body yet.
 */
export function landingCommands(entries: readonly WorkspaceEntryDto[], remembered?: string | null): string[] {
  if (entries.length === 1) {
    return [WORKSPACE_PATH, entries[0].bodyCode];
  }
  if (remembered && entries.some(entry => entry.bodyCode === remembered)) {
    return [WORKSPACE_PATH, remembered];
  }
  return [WORKSPACE_PATH];
}

export type WorkspaceView =
  | { type: 'coordination' }
  | { type: 'department'; department: DepartmentDescription }
  | { type: 'generic' };

/**
 * Which workspace a body opens: the joint office's overview of all bodies, its department's
 * workspace (drawn from the server's description), or the generic one (a body no department
 * serves, or one whose department the user may not read).
 */
export function workspaceView(
  entry: Pick<WorkspaceEntryDto, 'workspace'>,
  departments: readonly DepartmentDescription[],
): WorkspaceView {
  if (entry.workspace === COORDINATION_WORKSPACE) {
    return { type: 'coordination' };
  }
  const department = departments.find(d => d.key === entry.workspace);
  return department ? { type: 'department', department } : { type: 'generic' };
}
