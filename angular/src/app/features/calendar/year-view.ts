import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { DayCell, MonthGrid } from './calendar-logic';
import { DAY_BADGE_KEYS, DAY_KIND_KEYS, MONTH_KEYS, WEEKDAY_SHORT_KEYS } from './calendar-labels';

/** Twelve month grids with weekends, holidays (xiu) and make-up working days (ban) marked, and a legend. */
@Component({
  selector: 'dalad-year-view',
  imports: [LocalizationPipe],
  templateUrl: './year-view.html',
  styleUrl: './year-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class YearView {
  readonly months = input.required<MonthGrid[]>();
  /** Days can be chosen (to add or edit an entry) only by those who may change the calendar. */
  readonly canManage = input(false);
  readonly dayChosen = output<DayCell>();

  protected readonly monthKeys = MONTH_KEYS;
  protected readonly weekdayKeys = WEEKDAY_SHORT_KEYS;
  protected readonly kindKeys = DAY_KIND_KEYS;
  protected readonly badgeKeys = DAY_BADGE_KEYS;
  protected readonly legend = (['working', 'weekend', 'holiday', 'makeup'] as const).map(kind => ({
    kind,
    key: DAY_KIND_KEYS[kind],
    badge: DAY_BADGE_KEYS[kind],
  }));

  choose(cell: DayCell): void {
    if (this.canManage()) {
      this.dayChosen.emit(cell);
    }
  }
}
