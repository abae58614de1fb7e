import { Routes } from '@angular/router';
import { TransportWorkspace } from './transport-workspace';

/** Lazy area of the Transport department plugin, mounted at `/departments/transport`. */
export const TRANSPORT_ROUTES: Routes = [
  {
    path: '',
    component: TransportWorkspace,
    title: 'Dalad::Departments:Transport:Title',
  },
];
