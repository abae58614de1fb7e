import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';
import { caseDto, provideCasesTesting } from '../testing/cases-testing';
import { CasesInbox } from './cases-inbox';

function reminder(id: string, caseNumber: string) {
  return { id, caseId: `id-${caseNumber}`, caseNumber, bodyCode: 'housing', step: 'handle', dueAt: '2026-03-03T23:59:59+08:00', raisedAt: '2026-03-04T01:00:00Z', open: true };
}

function setup(myBodies: string[], api: Record<string, unknown> = {}) {
  const items = [
    caseDto('DLT-2026-000003', {
      clock: { step: 'handle', dueAt: '2026-03-03T23:59:59+08:00', workingDaysLeft: -2, deadlineState: 'overdue', leadRole: 'industry' },
      status: 'handling',
    }),
    caseDto('DLT-2026-000001'),
    caseDto('DLT-2026-000002', {
      status: 'closed',
      clock: { step: null, dueAt: null, workingDaysLeft: null, deadlineState: 'on-time', leadRole: 'industry' },
    }),
  ];
  const fake = {
    list: vi.fn(() => of({ totalCount: 45, items })),
    getReminders: vi.fn((_open: boolean, cursor?: string) =>
      of(
        cursor
          ? { items: [reminder('r2', 'DLT-2026-000004')], totalCount: 2, totalCountIsLowerBound: false, nextCursor: null }
          : { items: [reminder('r1', 'DLT-2026-000003')], totalCount: 2, totalCountIsLowerBound: false, nextCursor: 'c1' },
      ),
    ),
    ...api,
  };
  TestBed.configureTestingModule({ providers: [...provideCasesTesting({ api: fake, myBodies }), provideRouter([])] });
  const fixture = TestBed.createComponent(CasesInbox);
  fixture.detectChanges();
  const el: HTMLElement = fixture.nativeElement;
  const row = (number: string) => el.querySelector(`tr[data-case-number="${number}"]`) as HTMLElement;
  return { fixture, el, api: fake, row, page: fixture.componentInstance };
}

describe('CasesInbox', () => {
  it('lists the cases in the server’s order with link, status, step, Beijing due time and countdown', () => {
    const { el, row } = setup(['housing']);
    const numbers = [...el.querySelectorAll('tr[data-case-number]')].map(r => r.getAttribute('data-case-number'));
    expect(numbers).toEqual(['DLT-2026-000003', 'DLT-2026-000001', 'DLT-2026-000002']);

    const overdue = row('DLT-2026-000003');
    expect(overdue.querySelector('a')?.getAttribute('href')).toBe('/cases/id-DLT-2026-000003');
    expect(overdue.querySelector('[data-testid="status"]')?.textContent).toContain('Dalad::CaseStatus:handling');
    expect(overdue.querySelector('[data-testid="step"]')?.textContent).toContain('Dalad::CaseStep:handle');
    expect(overdue.querySelector('[data-testid="due"]')?.textContent?.trim()).toBe('2026-03-03 23:59');
    const countdown = overdue.querySelector('[data-testid="countdown"]')!;
    expect(countdown.getAttribute('data-state')).toBe('overdue');
    expect(countdown.textContent).toContain('[Dalad::Cases:Countdown:Overdue](2)');

    expect(row('DLT-2026-000001').querySelector('[data-testid="countdown"]')?.getAttribute('data-state')).toBe('due-soon');
    expect(row('DLT-2026-000002').querySelector('[data-testid="countdown"]')).toBeNull();
  });

  it('shows the lead body as 牵头 and the territorial body as 协办', () => {
    const lead = setup(['housing']);
    expect(lead.row('DLT-2026-000001').querySelector('[data-testid="my-role"]')?.textContent).toContain('Dalad::Cases:MyRole:Lead');
    TestBed.resetTestingModule();
    const assist = setup(['town-a']);
    const cell = assist.row('DLT-2026-000001').querySelector('[data-testid="my-role"]')!;
    expect(cell.getAttribute('data-role')).toBe('assist');
    expect(cell.textContent).toContain('Dalad::Cases:MyRole:Assist');
  });

  it('asks only for the open reminders (the history stays on the server)', () => {
    const { api } = setup(['housing']);
    expect(api.getReminders).toHaveBeenCalledWith(true, undefined);
  });

  it('shows the server’s count of open reminders and reads the next page by its cursor', () => {
    const { fixture, el, api } = setup(['housing']);
    expect(el.querySelector('[data-testid="reminders-count"]')?.textContent).toBe('2');
    (el.querySelector('[data-testid="reminders-more"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(api.getReminders).toHaveBeenLastCalledWith(true, 'c1');
    const numbers = [...el.querySelectorAll('[data-testid="reminders"] [data-case-number]')].map(r => r.getAttribute('data-case-number'));
    expect(numbers).toEqual(['DLT-2026-000003', 'DLT-2026-000004']);
    expect(el.querySelector('[data-testid="reminders-more"]')).toBeNull();
  });

  it('shows the supervision reminders with body names', () => {
    const { el } = setup(['housing']);
    const reminders = el.querySelector('[data-testid="reminders"]')!;
    expect(reminders.querySelector('[data-case-number="DLT-2026-000003"]')?.textContent).toContain('Housing bureau');
  });

  it('filters by status and text and pages through the server', () => {
    const { fixture, el, api, page } = setup(['housing']);
    expect(api.list).toHaveBeenLastCalledWith({ status: '', filter: '', skipCount: 0, maxResultCount: 20 });
    page.status = 'handling';
    page.filter = 'site';
    page.search();
    expect(api.list).toHaveBeenLastCalledWith({ status: 'handling', filter: 'site', skipCount: 0, maxResultCount: 20 });
    fixture.detectChanges();
    (el.querySelector('[data-testid="pager-next"]') as HTMLButtonElement).click();
    expect(api.list).toHaveBeenLastCalledWith({ status: 'handling', filter: 'site', skipCount: 20, maxResultCount: 20 });
  });

  it('shows a count the server stopped at as "1000+" and lets the user page past it', () => {
    const { fixture, el, api } = setup(['housing'], {
      list: vi.fn(() => of({ totalCount: 1000, totalCountIsLowerBound: true, items: [caseDto('DLT-2026-000001')], nextCursor: 'x' })),
    });
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="pager-info"]')?.textContent).toContain('1000+');
    const last = [...el.querySelectorAll('[data-page]')].map(b => Number(b.getAttribute('data-page'))).at(-1);
    expect(last).toBe(50);
    (el.querySelector('[data-page="50"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(api.list).toHaveBeenLastCalledWith({ status: '', filter: '', skipCount: 980, maxResultCount: 20 });
    expect([...el.querySelectorAll('[data-page]')].map(b => Number(b.getAttribute('data-page'))).at(-1)).toBe(51);
  });

  it('shows the server’s message when the list cannot be loaded', () => {
    const { fixture, el } = setup(['housing'], { list: vi.fn(() => throwError(() => ({ error: { detail: 'No access' } }))) });
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="cases-error"]')?.textContent).toContain('No access');
  });
});
