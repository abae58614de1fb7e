import { LocalizationPipe } from '@abp/ng.core';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { CalendarApi } from './calendar-api';
import { beijingDate, beijingMinute, isoWeekday, splitMoment } from './calendar-logic';
import { errorToShow, ShownError, WEEKDAY_KEYS } from './calendar-labels';

export interface DueAnswer {
  date: string;
  time: string;
  weekdayKey: string;
}

/**
 * The deadline calculator (qixian jisuan): the due moment N working days after a moment, and the working days between two dates,
 * both computed by the server's working calendar (the one every case deadline comes from).
 */
@Component({
  selector: 'dalad-deadline-calculator',
  imports: [LocalizationPipe, FormsModule],
  templateUrl: './deadline-calculator.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeadlineCalculator {
  private readonly api = inject(CalendarApi);
  private readonly destroyRef = inject(DestroyRef);

  /** `yyyy-MM-ddTHH:mm`, Beijing time; sent without an offset, which the server reads as Beijing time. */
  protected readonly from = signal(beijingMinute(new Date()));
  protected readonly days = signal<number | null>(1);
  protected readonly due = signal<DueAnswer | null>(null);
  protected readonly dueError = signal<ShownError | null>(null);

  protected readonly betweenFrom = signal(beijingDate(new Date()));
  protected readonly betweenTo = signal(beijingDate(new Date()));
  protected readonly workingDays = signal<number | null>(null);
  protected readonly betweenError = signal<ShownError | null>(null);

  computeDue(): void {
    this.due.set(null);
    this.dueError.set(null);
    const from = this.from();
    const days = this.days();
    if (!from || days === null || days === undefined || Number.isNaN(days)) {
      this.dueError.set({ key: 'Dalad::Calendar:Deadline:Incomplete' });
      return;
    }
    this.api
      .addWorkingDays(from, days)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: answer => {
          const { date, time } = splitMoment(answer.due);
          this.due.set({ date, time, weekdayKey: WEEKDAY_KEYS[isoWeekday(date) - 1] });
        },
        error: e => this.dueError.set(errorToShow(e)),
      });
  }

  computeBetween(): void {
    this.workingDays.set(null);
    this.betweenError.set(null);
    if (!this.betweenFrom() || !this.betweenTo()) {
      this.betweenError.set({ key: 'Dalad::Calendar:Deadline:Incomplete' });
      return;
    }
    this.api
      .workingDaysBetween(this.betweenFrom(), this.betweenTo())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: answer => this.workingDays.set(answer.workingDays),
        error: e => this.betweenError.set(errorToShow(e)),
      });
  }
}
