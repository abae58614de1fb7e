/** Permission names granted by the back end (read from `auth.grantedPolicies`); a department's come with its description. */
export const DaladPermissions = {
  Responsibility: 'Dalad.Responsibility',
  Cases: 'Dalad.Cases',
  Leads: 'Dalad.Leads',
  Search: 'Dalad.Search',
  Calendar: 'Dalad.Calendar',
  Projects: 'Dalad.Projects',
  Warnings: 'Dalad.Warnings',
  WarningRules: 'Dalad.Warnings.ManageRules',
  Oversight: 'Dalad.Oversight',
} as const;

/** ABP's own identity permission names (the identity pages and menu use these unchanged). */
export const IdentityPermissions = {
  Users: 'AbpIdentity.Users',
  Roles: 'AbpIdentity.Roles',
} as const;
