import { CalendarDayDto } from './calendar-api';

/**
 * How a day counts: a plain working day, a weekend, a public holiday (fangjia, even on a weekday) or a
 * make-up working day (tiaoxiu shangban, a weekend that is worked). The calendar's entries override the weekend rule.
 */
export type DayKind = 'working' | 'weekend' | 'holiday' | 'makeup';

export interface DayCell {
  /** `yyyy-MM-dd`, a Beijing date. */
  date: string;
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  kind: DayKind;
  /** The entry's name (e.g. the holiday), when the calendar has one for the day. */
  name?: string;
  today: boolean;
}

export interface MonthGrid {
  /** 1–12. */
  month: number;
  /** Weeks from Monday to Sunday; `null` pads the days of the neighbouring months. */
  weeks: (DayCell | null)[][];
  workingDays: number;
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `yyyy-MM-dd` of a moment in Beijing time (UTC+8 all year, no daylight saving). */
export function beijingDate(moment: Date): string {
  return new Date(moment.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** `yyyy-MM-ddTHH:mm` of a moment in Beijing time (what a datetime-local field holds). */
export function beijingMinute(moment: Date): string {
  return new Date(moment.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a `yyyy-MM-dd` date, whatever the browser's time zone. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return sundayFirst === 0 ? 7 : sundayFirst;
}

export function dayKind(weekday: number, entry: CalendarDayDto | undefined): DayKind {
  if (entry?.type === 'holiday') {
    return 'holiday';
  }
  if (entry?.type === 'workday') {
    return 'makeup';
  }
  return weekday >= 6 ? 'weekend' : 'working';
}

export function isWorking(kind: DayKind): boolean {
  return kind === 'working' || kind === 'makeup';
}

/** One month as weeks starting on Monday (as Chinese calendars print them). */
export function monthGrid(year: number, month: number, entries: ReadonlyMap<string, CalendarDayDto>, today = ''): MonthGrid {
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (DayCell | null)[] = Array.from({ length: isoWeekday(isoDate(year, month, 1)) - 1 }, () => null);
  for (let day = 1; day <= length; day++) {
    const date = isoDate(year, month, day);
    const weekday = isoWeekday(date);
    const entry = entries.get(date);
    cells.push({ date, day, weekday, kind: dayKind(weekday, entry), name: entry?.name, today: date === today });
  }
  while (cells.length % 7) {
    cells.push(null);
  }
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const workingDays = cells.filter(c => c && isWorking(c.kind)).length;
  return { month, weeks, workingDays };
}

/** The twelve months of `year`, marked with the calendar's entries (entries of other years are ignored). */
export function yearGrid(year: number, entries: readonly CalendarDayDto[], today = ''): MonthGrid[] {
  const byDate = new Map(entries.map(e => [e.date.slice(0, 10), e]));
  return Array.from({ length: 12 }, (_, i) => monthGrid(year, i + 1, byDate, today));
}

/** The date and time of an ISO moment as written, e.g. `2026-02-14T23:59:59+08:00` → `2026-02-14`, `23:59:59`. */
export function splitMoment(moment: string): { date: string; time: string } {
  return { date: moment.slice(0, 10), time: moment.slice(11, 19) };
}
