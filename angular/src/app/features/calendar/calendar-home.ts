import { LocalizationPipe, PermissionService } from '@abp/ng.core';
import { Confirmation, ConfirmationService, ToasterService } from '@abp/ng.theme.shared';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Subscription } from 'rxjs';
import { Loading } from '../../shared/loading/loading';
import { PageHeader } from '../../shared/page-header/page-header';
import { CALENDAR_DAY_TYPES, CALENDAR_PERMISSIONS, CalendarApi, CalendarDayDto, CalendarDayType } from './calendar-api';
import { beijingDate, DayCell, isoWeekday, yearGrid } from './calendar-logic';
import { DAY_TYPE_KEYS, errorToShow, ShownError, WEEKDAY_KEYS } from './calendar-labels';
import { DeadlineCalculator } from './deadline-calculator';
import { YearView } from './year-view';

/** The years the server accepts (CalendarInput.MinYear/MaxYear). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** What the add/edit form holds; `editing` is the date of the entry being changed (its date is fixed). */
export interface DayForm {
  editing?: string;
  date: string;
  type: CalendarDayType;
  name: string;
}

/**
 * The working-day calendar: a year of month grids with weekends, public holidays (fangjia) and make-up
 * working days (tiaoxiu shangban), the year's entries as a table, and the deadline calculator. Reading needs
 * `Dalad.Calendar` (the route checks it); adding, changing and removing entries needs
 * `Dalad.Calendar.Manage` (the joint office), so those actions are shown only with it.
 */
@Component({
  selector: 'dalad-calendar-home',
  imports: [PageHeader, LocalizationPipe, FormsModule, Loading, YearView, DeadlineCalculator],
  templateUrl: './calendar-home.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarHome implements OnInit {
  private readonly api = inject(CalendarApi);
  private readonly confirmation = inject(ConfirmationService);
  private readonly toaster = inject(ToasterService);
  private readonly destroyRef = inject(DestroyRef);

  readonly canManage = toSignal(inject(PermissionService).getGrantedPolicy$(CALENDAR_PERMISSIONS.manage), {
    initialValue: false,
  });

  protected readonly minYear = MIN_YEAR;
  protected readonly maxYear = MAX_YEAR;
  protected readonly types = CALENDAR_DAY_TYPES.map(type => ({ type, key: DAY_TYPE_KEYS[type] }));
  protected readonly typeKeys = DAY_TYPE_KEYS;

  /** Today in Beijing: the default year and the day outlined in the grid. */
  readonly today = beijingDate(new Date());
  readonly year = signal(Number(this.today.slice(0, 4)));
  /** The year's entries; null while loading. */
  readonly entries = signal<CalendarDayDto[] | null>(null);
  readonly canGoBack = computed(() => this.year() > MIN_YEAR);
  readonly canGoForward = computed(() => this.year() < MAX_YEAR);
  readonly months = computed(() => yearGrid(this.year(), this.entries() ?? [], this.today));

  readonly form = signal<DayForm | null>(null);
  readonly submitted = signal(false);
  readonly saving = signal(false);
  /** A failed save: the server's localized message, shown in the form (nothing was stored). */
  readonly formError = signal<ShownError | null>(null);
  /** A failed load or delete. */
  readonly pageError = signal<ShownError | null>(null);

  private loading?: Subscription;

  ngOnInit(): void {
    this.load();
  }

  setYear(value: number | string | null): void {
    const year = Number(value);
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR || year === this.year()) {
      return;
    }
    this.year.set(year);
    this.form.set(null);
    this.load();
  }

  weekdayKey(date: string): string {
    return WEEKDAY_KEYS[isoWeekday(date) - 1];
  }

  /** A click on a day of the grid: edit its entry, or add one for it (a weekend most likely becomes a make-up day). */
  onDayChosen(cell: DayCell): void {
    const entry = this.entries()?.find(e => e.date === cell.date);
    if (entry) {
      this.openEdit(entry);
    } else {
      this.openForm({ date: cell.date, type: cell.weekday >= 6 ? 'workday' : 'holiday', name: '' });
    }
  }

  openAdd(): void {
    this.openForm({ date: '', type: 'holiday', name: '' });
  }

  openEdit(entry: CalendarDayDto): void {
    this.openForm({ editing: entry.date, date: entry.date, type: entry.type, name: entry.name });
  }

  patchForm(change: Partial<DayForm>): void {
    const current = this.form();
    if (current) {
      this.form.set({ ...current, ...change });
    }
  }

  cancel(): void {
    this.form.set(null);
  }

  /** Date, type and name are required here too; everything else (a weekday as make-up day, a duplicate…) the server checks. */
  formIncomplete(form: DayForm): boolean {
    return !form.date || !form.type || !form.name.trim();
  }

  save(): void {
    const form = this.form();
    this.submitted.set(true);
    if (!form || !this.canManage() || this.formIncomplete(form) || this.saving()) {
      return;
    }
    const input = { type: form.type, name: form.name.trim() };
    this.saving.set(true);
    this.formError.set(null);
    const request = form.editing ? this.api.update(form.editing, input) : this.api.create(form.date, input);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: day => {
        this.saving.set(false);
        this.form.set(null);
        this.toaster.success('Dalad::Calendar:Saved');
        // Show the year of the day just saved, which may not be the one on screen.
        const year = Number(day.date.slice(0, 4));
        if (year !== this.year()) {
          this.year.set(year);
        }
        this.load();
      },
      error: e => {
        this.saving.set(false);
        this.formError.set(errorToShow(e));
      },
    });
  }

  confirmDelete(entry: CalendarDayDto): void {
    if (!this.canManage()) {
      return;
    }
    this.confirmation
      .warn('Dalad::Calendar:DeleteConfirm', 'Dalad::Calendar:DeleteTitle', {
        messageLocalizationParams: [entry.date, entry.name],
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(status => {
        if (status !== Confirmation.Status.confirm) {
          return;
        }
        this.api
          .delete(entry.date)
          .pipe(takeUntilDestroyed(this.destroyRef))
          .subscribe({
            next: () => {
              this.toaster.success('Dalad::Calendar:Deleted');
              if (this.form()?.editing === entry.date) {
                this.form.set(null);
              }
              this.load();
            },
            error: e => this.pageError.set(errorToShow(e)),
          });
      });
  }

  /** Loads the entries of the year on screen; a newer load cancels an older one. */
  private load(): void {
    this.loading?.unsubscribe();
    this.entries.set(null);
    this.pageError.set(null);
    this.loading = this.api
      .getDays(this.year())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: page => this.entries.set(page.items ?? []),
        error: e => {
          this.entries.set([]);
          this.pageError.set(errorToShow(e));
        },
      });
  }

  private openForm(form: DayForm): void {
    if (!this.canManage()) {
      return;
    }
    this.submitted.set(false);
    this.formError.set(null);
    this.form.set(form);
  }
}
