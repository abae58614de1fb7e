/** The cases module's permissions (granted policies in the application configuration). */
export const CASE_PERMISSIONS = {
  cases: 'Dalad.Cases',
  approveExtension: 'Dalad.Cases.ApproveExtension',
  visit: 'Dalad.Cases.Visit',
} as const;
