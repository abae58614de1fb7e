import { Routes } from '@angular/router';
import { CasesBoard } from './board/cases-board';
import { CasePage } from './case-page/case-page';
import { CasesInbox } from './inbox/cases-inbox';

/** Lazy area of the cases module: the inbox, the supervision board and the case page. */
export const CASES_ROUTES: Routes = [
  { path: '', component: CasesInbox, title: 'Dalad::Cases:Title' },
  { path: 'board', component: CasesBoard, title: 'Dalad::Cases:Board:Title' },
  { path: ':id', component: CasePage, title: 'Dalad::Cases:Case:Title' },
];
