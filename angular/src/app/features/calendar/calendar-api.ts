import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable, Injector } from '@angular/core';
import { Observable } from 'rxjs';
import type * as Generated from '../../proxy/generated/models';
import type { DueDto, UpdateCalendarDayInput, WorkingDaysDto } from '../../proxy/generated/models';

// The generated DTOs, with `type` narrowed to the two values the server knows.
export type CalendarDayDto = Omit<Generated.CalendarDayDto, 'type'> & { type: CalendarDayType };
export type CalendarDayPageDto = Omit<Generated.CalendarDayPageDto, 'items'> & { items: CalendarDayDto[] };
export type CalendarDayInput = UpdateCalendarDayInput & { type: CalendarDayType; name: string };

/** `holiday`: a public holiday (fangjia); `workday`: a make-up working day on a weekend (tiaoxiu shangban). */
export type CalendarDayType = 'holiday' | 'workday';
export const CALENDAR_DAY_TYPES: CalendarDayType[] = ['holiday', 'workday'];

/** The calendar module's permissions (granted policies in the application configuration). */
export const CALENDAR_PERMISSIONS = {
  view: 'Dalad.Calendar',
  manage: 'Dalad.Calendar.Manage',
} as const;

/** The calendar module's API (docs/calendar.md). Errors are shown by the pages. */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly injector = inject(Injector);
  private readonly config: Rest.Config = { apiName: 'default', skipHandleError: true };

  /** Resolved on first use, so pages render in tests without the HTTP stack. */
  private get rest(): RestService {
    return this.injector.get(RestService);
  }

  getDays(year: number): Observable<CalendarDayPageDto> {
    return this.rest.request<void, CalendarDayPageDto>(
      { method: 'GET', url: '/api/app/calendar/days', params: { year } },
      this.config,
    );
  }

  create(date: string, input: CalendarDayInput): Observable<CalendarDayDto> {
    return this.rest.request<object, CalendarDayDto>(
      { method: 'POST', url: '/api/app/calendar/days', body: { date, ...input } },
      this.config,
    );
  }

  update(date: string, input: CalendarDayInput): Observable<CalendarDayDto> {
    return this.rest.request<CalendarDayInput, CalendarDayDto>(
      { method: 'PUT', url: `/api/app/calendar/days/${encodeURIComponent(date)}`, body: input },
      this.config,
    );
  }

  delete(date: string): Observable<void> {
    return this.rest.request<void, void>(
      { method: 'DELETE', url: `/api/app/calendar/days/${encodeURIComponent(date)}` },
      this.config,
    );
  }

  /**
   * The end (23:59:59 Beijing time) of the `days`-th working day after the day of `from`.
   * `from` is `yyyy-MM-ddTHH:mm` without an offset, which the server reads as Beijing time (an
   * offset's `+` would reach the server as a space: Angular's query encoder leaves it unescaped).
   */
  addWorkingDays(from: string, days: number): Observable<DueDto> {
    return this.rest.request<void, DueDto>(
      { method: 'GET', url: '/api/app/calendar/add-working-days', params: { from, days } },
      this.config,
    );
  }

  /** Working days after the day of `from` up to and including the day of `to` (Beijing dates). */
  workingDaysBetween(from: string, to: string): Observable<WorkingDaysDto> {
    return this.rest.request<void, WorkingDaysDto>(
      { method: 'GET', url: '/api/app/calendar/working-days-between', params: { from, to } },
      this.config,
    );
  }
}
