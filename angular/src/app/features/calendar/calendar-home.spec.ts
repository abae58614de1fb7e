import { Confirmation, ConfirmationService, ToasterService } from '@abp/ng.theme.shared';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { CalendarApi, CalendarDayDto } from './calendar-api';
import { CalendarHome } from './calendar-home';

const days: CalendarDayDto[] = [
  { date: '2026-02-14', type: 'workday', name: 'Spring Festival make-up day' },
  { date: '2026-02-16', type: 'holiday', name: 'Spring Festival' },
];

/** A 409/400 problem as the host sends it: RFC 7807 with the localized text in `detail`. */
function problem(status: number, detail: string) {
  return new HttpErrorResponse({ status, error: { title: 'Conflict', status, detail } });
}

function fakeApi(items = days) {
  return {
    getDays: vi.fn(() => of({ totalCount: items.length, items })),
    create: vi.fn((date: string, input: { type: string; name: string }) => of({ date, ...input })),
    update: vi.fn((date: string, input: { type: string; name: string }) => of({ date, ...input })),
    delete: vi.fn(() => of(undefined)),
    addWorkingDays: vi.fn(() => of({ due: '2026-02-24T23:59:59+08:00' })),
    workingDaysBetween: vi.fn(() => of({ workingDays: 2 })),
  };
}

function setup(policies: Record<string, boolean>, api = fakeApi(), confirmed = Confirmation.Status.confirm) {
  const toaster = { success: vi.fn(), error: vi.fn() };
  const confirmation = { warn: vi.fn(() => of(confirmed)) };
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: policies } })),
      { provide: CalendarApi, useValue: api },
      { provide: ToasterService, useValue: toaster },
      { provide: ConfirmationService, useValue: confirmation },
    ],
  });
  const fixture = TestBed.createComponent(CalendarHome);
  fixture.detectChanges();
  const el: HTMLElement = fixture.nativeElement;
  const q = (testId: string) => el.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
  /** ngModel connects its fields and writes their values a microtask later. */
  const settle = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const click = async (testId: string) => {
    q(testId)!.click();
    await settle();
  };
  const type = async (testId: string, value: string) => {
    const input = q(testId) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await settle();
  };
  const day = (date: string) => el.querySelector(`td[data-date="${date}"]`) as HTMLElement;
  return { fixture, el, api, toaster, confirmation, q, click, type, day, settle, page: fixture.componentInstance };
}

const reader = { 'Dalad.Calendar': true };
const jointOffice = { 'Dalad.Calendar': true, 'Dalad.Calendar.Manage': true };

describe('CalendarHome', () => {
  // Friday 2026-02-13, 10:00 in Beijing.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-13T02:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('opens on the current year in Beijing time', async () => {
    // 2026-12-31 17:00 UTC is already 1 January 2027 in Beijing.
    vi.setSystemTime(new Date('2026-12-31T17:00:00Z'));
    const { api, el } = setup(reader);
    expect(api.getDays).toHaveBeenCalledWith(2027);
    expect((el.querySelector('[data-testid="calendar-year-input"]') as HTMLInputElement).value).toBe('2027');
  });

  it('shows the year with holidays, make-up days, weekends, a legend and the entries table', async () => {
    const { el, day, q } = setup(reader);
    expect(el.querySelectorAll('[data-testid^="calendar-month-"]')).toHaveLength(12);
    expect(day('2026-02-14').dataset['kind']).toBe('makeup');
    expect(day('2026-02-14').textContent).toContain('[Dalad::Calendar:Badge:Makeup]');
    expect(day('2026-02-16').dataset['kind']).toBe('holiday');
    expect(day('2026-02-16').textContent).toContain('[Dalad::Calendar:Badge:Holiday]');
    expect(day('2026-02-15').dataset['kind']).toBe('weekend');
    expect(day('2026-02-17').dataset['kind']).toBe('working');
    expect(day('2026-02-13').classList).toContain('dalad-day-today');
    expect(q('calendar-legend')!.textContent).toContain('[Dalad::Calendar:Kind:Makeup]');
    const rows = [...el.querySelectorAll('[data-testid="calendar-table"] tbody tr')].map(tr =>
      [...tr.querySelectorAll('td')].map(td => td.textContent!.trim()),
    );
    expect(rows).toEqual([
      ['2026-02-14', '[Dalad::Calendar:Weekday:6]', '[Dalad::Calendar:Kind:Makeup]', 'Spring Festival make-up day'],
      ['2026-02-16', '[Dalad::Calendar:Weekday:1]', '[Dalad::Calendar:Kind:Holiday]', 'Spring Festival'],
    ]);
  });

  it('is read-only without Dalad.Calendar.Manage: no add, edit or delete, and days cannot be chosen', async () => {
    const { q, el, day, fixture, page } = setup(reader);
    expect(q('calendar-read-only')).not.toBeNull();
    expect(q('calendar-add')).toBeNull();
    expect(el.querySelector('[data-testid="calendar-edit"]')).toBeNull();
    expect(el.querySelector('[data-testid="calendar-delete"]')).toBeNull();
    day('2026-03-07').click();
    page.openAdd();
    fixture.detectChanges();
    expect(q('calendar-form')).toBeNull();
  });

  it('warns when the year has no entries yet', async () => {
    const { q } = setup(reader, fakeApi([]));
    expect(q('calendar-no-entries')!.textContent).toContain('[Dalad::Calendar:NoEntries](2026)');
  });

  it('changes the year with the arrows', async () => {
    const { api, click } = setup(reader);
    await click('calendar-next-year');
    expect(api.getDays).toHaveBeenLastCalledWith(2027);
    await click('calendar-previous-year');
    await click('calendar-previous-year');
    expect(api.getDays).toHaveBeenLastCalledWith(2025);
  });

  it('lets the joint office add a day, then reloads the year', async () => {
    const { api, q, click, type, toaster } = setup(jointOffice);
    expect(q('calendar-read-only')).toBeNull();
    await click('calendar-add');
    await type('calendar-form-date', '2026-10-10');
    await type('calendar-form-type', 'workday');
    await type('calendar-form-name', '  National Day make-up day ');
    await click('calendar-form-save');
    expect(api.create).toHaveBeenCalledWith('2026-10-10', { type: 'workday', name: 'National Day make-up day' });
    expect(toaster.success).toHaveBeenCalledWith('Dalad::Calendar:Saved');
    expect(api.getDays).toHaveBeenCalledTimes(2);
    expect(q('calendar-form')).toBeNull();
  });

  it('sends nothing while the form is incomplete', async () => {
    const { api, q, click } = setup(jointOffice);
    await click('calendar-add');
    await click('calendar-form-save');
    expect(api.create).not.toHaveBeenCalled();
    expect(q('calendar-form-incomplete')).not.toBeNull();
  });

  it("shows the server's localized error in the form, keeps the form and does not reload", async () => {
    const api = fakeApi();
    api.create.mockReturnValue(throwError(() => problem(400, '2026-10-12 is a weekday and already a working day')));
    const { q, click, type } = setup(jointOffice, api);
    await click('calendar-add');
    await type('calendar-form-date', '2026-10-12');
    await type('calendar-form-type', 'workday');
    await type('calendar-form-name', 'Wrong day');
    await click('calendar-form-save');
    expect(q('calendar-form-error')!.textContent).toContain('2026-10-12 is a weekday and already a working day');
    expect(q('calendar-form')).not.toBeNull();
    expect(api.getDays).toHaveBeenCalledTimes(1);
  });

  it('edits an entry through the table (its date fixed) and through a click on the day', async () => {
    const { api, el, q, click, type, day, settle } = setup(jointOffice);
    (el.querySelector('[data-testid="calendar-edit"]') as HTMLElement).click();
    await settle();
    expect((q('calendar-form-date') as HTMLInputElement).disabled).toBe(true);
    await type('calendar-form-name', 'Spring Festival (make-up)');
    await click('calendar-form-save');
    expect(api.update).toHaveBeenCalledWith('2026-02-14', { type: 'workday', name: 'Spring Festival (make-up)' });

    day('2026-02-16').click();
    await settle();
    expect(q('calendar-form')!.textContent).toContain('[Dalad::Calendar:Form:EditTitle](2026-02-16)');
  });

  it('proposes a make-up working day for a chosen weekend without an entry', async () => {
    const { q, day, settle } = setup(jointOffice);
    day('2026-03-07').click();
    await settle();
    expect((q('calendar-form-date') as HTMLInputElement).value).toBe('2026-03-07');
    expect((q('calendar-form-type') as HTMLSelectElement).value).toBe('workday');
  });

  it('deletes only after the confirmation', async () => {
    const confirmed = setup(jointOffice);
    (confirmed.el.querySelectorAll('[data-testid="calendar-delete"]')[1] as HTMLElement).click();
    expect(confirmed.confirmation.warn).toHaveBeenCalledWith('Dalad::Calendar:DeleteConfirm', 'Dalad::Calendar:DeleteTitle', {
      messageLocalizationParams: ['2026-02-16', 'Spring Festival'],
    });
    expect(confirmed.api.delete).toHaveBeenCalledWith('2026-02-16');
    expect(confirmed.api.getDays).toHaveBeenCalledTimes(2);
    TestBed.resetTestingModule();

    const rejected = setup(jointOffice, fakeApi(), Confirmation.Status.reject);
    (rejected.el.querySelector('[data-testid="calendar-delete"]') as HTMLElement).click();
    expect(rejected.api.delete).not.toHaveBeenCalled();
  });
});

describe('DeadlineCalculator (on the calendar page)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-13T02:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('asks the server for the due moment from a Beijing time and shows its date, weekday and 23:59:59', async () => {
    const { api, q, click, type, settle } = setup(reader);
    await settle();
    expect((q('due-from') as HTMLInputElement).value).toBe('2026-02-13T10:00');
    await type('due-days', '2');
    await click('due-compute');
    expect(api.addWorkingDays).toHaveBeenCalledWith('2026-02-13T10:00', 2);
    expect(q('due-result')!.textContent).toContain('[Dalad::Calendar:Deadline:Due](2026-02-24,[Dalad::Calendar:Weekday:2],23:59:59)');
    expect(q('due-convention')).not.toBeNull();
  });

  it("shows the server's message for a bad value", async () => {
    const api = fakeApi();
    api.addWorkingDays.mockReturnValue(throwError(() => problem(400, 'use a whole number from 0 to 365')));
    const { q, click, type } = setup(reader, api);
    await type('due-days', '400');
    await click('due-compute');
    expect(q('due-error')!.textContent).toContain('use a whole number from 0 to 365');
    expect(q('due-result')).toBeNull();
  });

  it('counts the working days between two dates', async () => {
    const { api, q, click, type } = setup(reader);
    await type('between-from', '2026-02-13');
    await type('between-to', '2026-02-24');
    await click('between-compute');
    expect(api.workingDaysBetween).toHaveBeenCalledWith('2026-02-13', '2026-02-24');
    expect(q('between-result')!.textContent).toContain('[Dalad::Calendar:Between:Result](2)');
  });
});
