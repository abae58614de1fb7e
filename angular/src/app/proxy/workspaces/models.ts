/** One body the current user belongs to, as `GET /api/app/workspaces/mine` reports it. */
export interface WorkspaceEntryDto {
  bodyCode: string;
  bodyName: string;
  /** The body's kind (industry, territorial, zone, coordination, ...). */
  kind: string;
  /** `joint-office`, a department plugin key (e.g. `housing`), or `generic`. */
  workspace: string;
}
