import { CalendarDayDto } from './calendar-api';
import { beijingDate, beijingMinute, DayCell, isoWeekday, monthGrid, splitMoment, yearGrid } from './calendar-logic';

/** The State Council's 2026 Spring Festival: Sun 02-15 … Mon 02-23 off, Saturdays 02-14 and 02-28 worked. */
const springFestival2026: CalendarDayDto[] = [
  { date: '2026-02-14', type: 'workday', name: 'Spring Festival make-up day' },
  ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map(d => ({ date: `2026-02-${d}`, type: 'holiday' as const, name: 'Spring Festival' })),
  { date: '2026-02-28', type: 'workday', name: 'Spring Festival make-up day' },
];

function cells(weeks: (DayCell | null)[][]): DayCell[] {
  return weeks.flat().filter((c): c is DayCell => c !== null);
}

function cell(grid: ReturnType<typeof monthGrid>, day: number): DayCell {
  return cells(grid.weeks).find(c => c.day === day)!;
}

describe('isoWeekday', () => {
  it('counts Monday as 1 and Sunday as 7, whatever the browser time zone', () => {
    expect(isoWeekday('2026-02-13')).toBe(5);
    expect(isoWeekday('2026-02-14')).toBe(6);
    expect(isoWeekday('2026-02-15')).toBe(7);
    expect(isoWeekday('2026-02-16')).toBe(1);
    expect(isoWeekday('2024-02-29')).toBe(4);
  });
});

describe('monthGrid', () => {
  it('starts weeks on Monday: February 2026 begins on a Sunday, so six empty cells come first', () => {
    const grid = monthGrid(2026, 2, new Map());
    expect(grid.weeks[0]).toHaveLength(7);
    expect(grid.weeks[0].slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(grid.weeks[0][6]).toMatchObject({ date: '2026-02-01', day: 1, weekday: 7 });
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks[4].map(c => c?.day ?? null)).toEqual([23, 24, 25, 26, 27, 28, null]);
    expect(cells(grid.weeks)).toHaveLength(28);
  });

  it('needs no padding when the month begins on a Monday (June 2026) and knows leap years', () => {
    const june = monthGrid(2026, 6, new Map());
    expect(june.weeks[0][0]).toMatchObject({ date: '2026-06-01', weekday: 1 });
    expect(cells(june.weeks)).toHaveLength(30);
    expect(cells(monthGrid(2024, 2, new Map()).weeks)).toHaveLength(29);
    // 2026-11-30 is a Monday: a last week of one day, padded to seven.
    const november = monthGrid(2026, 11, new Map());
    expect(november.weeks.at(-1)!.map(c => c?.day ?? null)).toEqual([30, null, null, null, null, null, null]);
  });

  it('marks weekends, holidays (also on a weekend) and make-up working days, and counts the working days', () => {
    const grid = monthGrid(2026, 2, new Map(springFestival2026.map(e => [e.date, e])));
    expect(cell(grid, 13).kind).toBe('working');
    expect(cell(grid, 14)).toMatchObject({ kind: 'makeup', name: 'Spring Festival make-up day' });
    expect(cell(grid, 15)).toMatchObject({ kind: 'holiday', name: 'Spring Festival' }); // a Sunday inside the holiday
    expect(cell(grid, 16).kind).toBe('holiday'); // a Monday off
    expect(cell(grid, 24).kind).toBe('working');
    expect(cell(grid, 28).kind).toBe('makeup');
    expect(cell(grid, 7)).toMatchObject({ kind: 'weekend', name: undefined });
    expect(cell(grid, 8).kind).toBe('weekend');
    // 20 weekdays, 6 of them off (16–20, 23), plus 2 worked Saturdays.
    expect(grid.workingDays).toBe(16);
  });

  it('outlines today only', () => {
    const grid = monthGrid(2026, 2, new Map(), '2026-02-14');
    expect(cells(grid.weeks).filter(c => c.today).map(c => c.date)).toEqual(['2026-02-14']);
  });
});

describe('yearGrid', () => {
  it('gives twelve months and ignores entries of other years', () => {
    const months = yearGrid(2025, springFestival2026);
    expect(months.map(m => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(cells(months.flatMap(m => m.weeks)).some(c => c.kind === 'holiday' || c.kind === 'makeup')).toBe(false);
    expect(cells(months.flatMap(m => m.weeks))).toHaveLength(365);
  });
});

describe('Beijing time', () => {
  it('takes the date and minute in UTC+8, not in the browser time zone', () => {
    expect(beijingDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(beijingDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(beijingMinute(new Date('2026-02-13T23:30:00Z'))).toBe('2026-02-14T07:30');
  });

  it('reads the due moment as the server wrote it (23:59:59 Beijing time)', () => {
    expect(splitMoment('2026-02-14T23:59:59+08:00')).toEqual({ date: '2026-02-14', time: '23:59:59' });
  });
});
