import { Routes } from '@angular/router';
import { CalendarHome } from './calendar-home';

/** Lazy area of the working-day calendar (weekends, public holidays, make-up working days). */
export const CALENDAR_ROUTES: Routes = [
  {
    path: '',
    component: CalendarHome,
    title: 'Dalad::Calendar:Title',
  },
];
