import { Routes } from '@angular/router';
import { WarningList } from './warning-list/warning-list';

/** Lazy area of the early warnings of the caller's bodies. */
export const WARNINGS_ROUTES: Routes = [{ path: '', component: WarningList, title: 'Dalad::WarningList:Title' }];
