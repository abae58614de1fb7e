import { Routes } from '@angular/router';
import { SearchHome } from './search-home';

/** Lazy area of the search module: searching the responsibility matrix, the gazetteer and the registers. */
export const SEARCH_ROUTES: Routes = [
  {
    path: '',
    component: SearchHome,
    title: 'Dalad::Search:Title',
  },
];
