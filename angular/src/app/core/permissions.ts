/** Permission names granted by the back end (read from `auth.grantedPolicies`). */
export const DaladPermissions = {
  Responsibility: 'Dalad.Responsibility',
  Cases: 'Dalad.Cases',
  Leads: 'Dalad.Leads',
  Search: 'Dalad.Search',
  Calendar: 'Dalad.Calendar',
  Housing: 'Dalad.Housing',
  Transport: 'Dalad.Transport',
  Water: 'Dalad.Water',
  Energy: 'Dalad.Energy',
  Forestry: 'Dalad.Forestry',
  DevelopmentZones: 'Dalad.DevelopmentZones',
  Townships: 'Dalad.Townships',
} as const;

/** ABP's own identity permission names (the identity pages and menu use these unchanged). */
export const IdentityPermissions = {
  Users: 'AbpIdentity.Users',
  Roles: 'AbpIdentity.Roles',
} as const;
