/** One body the current user belongs to, as `GET /api/app/workspaces/mine` reports it (generated DTO). */
export type { WorkspaceDto as WorkspaceEntryDto } from '../generated/models';
