/** The cases module's lead permissions (granted policies in the application configuration). */
export const LEAD_PERMISSIONS = {
  leads: 'Dalad.Leads',
  create: 'Dalad.Leads.Create',
  dispatch: 'Dalad.Leads.Dispatch',
  import: 'Dalad.Leads.Import',
  statistics: 'Dalad.Leads.Statistics',
} as const;
