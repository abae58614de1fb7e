import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PageHeader } from '../../shared/page-header/page-header';

/** Landing page of the working-day calendar (weekends, public holidays, make-up working days). */
@Component({
  selector: 'dalad-calendar-home',
  imports: [PageHeader],
  templateUrl: './calendar-home.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarHome {}
