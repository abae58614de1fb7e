import { Type } from '@angular/core';
import { Routes } from '@angular/router';
import { DaladPermissions } from './permissions';

/** The department plugins the back end can load; `key` is the `workspace` value it reports. */
export type DepartmentKey =
  | 'housing'
  | 'transport'
  | 'water'
  | 'energy'
  | 'forestry'
  | 'development-zones'
  | 'townships';

export interface DepartmentPlugin {
  key: DepartmentKey;
  /** The plugin's permission; its menu entry and its area need it. */
  policy: string;
  /** Localization key fragment: `Dalad::Departments:<name>:Title` etc. */
  name: string;
  iconClass: string;
  /** The plugin's own lazy area, mounted at `/departments/<key>`. */
  loadRoutes: () => Promise<Routes>;
  /** The plugin's workspace (landing page of a body that has this plugin), loaded on demand. */
  loadWorkspace: () => Promise<Type<unknown>>;
}

export const DEPARTMENT_PLUGINS: readonly DepartmentPlugin[] = [
  {
    key: 'housing',
    policy: DaladPermissions.Housing,
    name: 'Housing',
    iconClass: 'fa fa-building',
    loadRoutes: () => import('../features/departments/housing/housing.routes').then(m => m.HOUSING_ROUTES),
    loadWorkspace: () => import('../features/departments/housing/housing-workspace').then(m => m.HousingWorkspace),
  },
  {
    key: 'transport',
    policy: DaladPermissions.Transport,
    name: 'Transport',
    iconClass: 'fa fa-bus',
    loadRoutes: () => import('../features/departments/transport/transport.routes').then(m => m.TRANSPORT_ROUTES),
    loadWorkspace: () =>
      import('../features/departments/transport/transport-workspace').then(m => m.TransportWorkspace),
  },
  {
    key: 'water',
    policy: DaladPermissions.Water,
    name: 'Water',
    iconClass: 'fa fa-tint',
    loadRoutes: () => import('../features/departments/water/water.routes').then(m => m.WATER_ROUTES),
    loadWorkspace: () => import('../features/departments/water/water-workspace').then(m => m.WaterWorkspace),
  },
  {
    key: 'energy',
    policy: DaladPermissions.Energy,
    name: 'Energy',
    iconClass: 'fa fa-bolt',
    loadRoutes: () => import('../features/departments/energy/energy.routes').then(m => m.ENERGY_ROUTES),
    loadWorkspace: () => import('../features/departments/energy/energy-workspace').then(m => m.EnergyWorkspace),
  },
  {
    key: 'forestry',
    policy: DaladPermissions.Forestry,
    name: 'Forestry',
    iconClass: 'fa fa-tree',
    loadRoutes: () => import('../features/departments/forestry/forestry.routes').then(m => m.FORESTRY_ROUTES),
    loadWorkspace: () =>
      import('../features/departments/forestry/forestry-workspace').then(m => m.ForestryWorkspace),
  },
  {
    key: 'development-zones',
    policy: DaladPermissions.DevelopmentZones,
    name: 'DevelopmentZones',
    iconClass: 'fa fa-industry',
    loadRoutes: () =>
      import('../features/departments/development-zones/development-zones.routes').then(
        m => m.DEVELOPMENT_ZONES_ROUTES,
      ),
    loadWorkspace: () =>
      import('../features/departments/development-zones/development-zones-workspace').then(
        m => m.DevelopmentZonesWorkspace,
      ),
  },
  {
    key: 'townships',
    policy: DaladPermissions.Townships,
    name: 'Townships',
    iconClass: 'fa fa-map-marker',
    loadRoutes: () => import('../features/departments/townships/townships.routes').then(m => m.TOWNSHIPS_ROUTES),
    loadWorkspace: () =>
      import('../features/departments/townships/townships-workspace').then(m => m.TownshipsWorkspace),
  },
];

export function findDepartmentPlugin(key: string | null | undefined): DepartmentPlugin | undefined {
  return DEPARTMENT_PLUGINS.find(plugin => plugin.key === key);
}
