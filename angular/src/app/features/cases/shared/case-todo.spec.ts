import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import { IntakeApi } from '../../intake/intake-api';
import { CaseCounts, CaseDto, CasesApi } from '../cases-api';
import { caseDto } from '../testing/cases-testing';
import { CaseTodo } from './case-todo';

const handling = caseDto('DLT-2026-000003', {
  status: 'handling',
  text: 'Forty workers at the Riverside site have not been paid their wages since the autumn of last year',
  clock: { step: 'handle', dueAt: '2026-03-03T23:59:59+08:00', workingDaysLeft: -2, deadlineState: 'overdue', leadRole: 'industry' },
});
const received = caseDto('DLT-2026-000001');
const closed = caseDto('DLT-2026-000002', {
  status: 'closed',
  clock: { step: null, dueAt: null, workingDaysLeft: null, deadlineState: 'on-time', leadRole: 'industry' },
});
/** What the server counts for housing: more than any list the card could download (the old lists stopped at 1,000 and 500). */
const housingCounts: CaseCounts = { overdue: 1234, dueSoon: 1, openReminders: 2 };

function setup(options: {
  policies?: Record<string, boolean>;
  bodyCode?: string;
  supervises?: boolean;
  cases?: CaseDto[];
  counts?: CaseCounts;
  pendingLeads?: number;
  casesApi?: Partial<Record<keyof CasesApi, unknown>>;
}) {
  const casesApi = {
    list: vi.fn(() => of({ totalCount: 12, items: options.cases ?? [handling, received, closed] })),
    getCounts: vi.fn(() => of(options.counts ?? housingCounts)),
    getBoard: vi.fn(),
    getReminders: vi.fn(),
    ...options.casesApi,
  };
  const intakeApi = { countPendingLeads: vi.fn(() => of(options.pendingLeads ?? 4)) };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: options.policies ?? {} } })),
      { provide: CasesApi, useValue: casesApi },
      { provide: IntakeApi, useValue: intakeApi },
    ],
  });
  const fixture = TestBed.createComponent(CaseTodo);
  fixture.componentRef.setInput('bodyCode', options.bodyCode ?? 'housing');
  fixture.componentRef.setInput('supervises', options.supervises ?? false);
  fixture.detectChanges();
  const el: HTMLElement = fixture.nativeElement;
  const count = (testId: string) => el.querySelector(`[data-testid="${testId}"]`)?.getAttribute('data-count') ?? null;
  return { fixture, el, casesApi, intakeApi, count };
}

describe('CaseTodo', () => {
  it("shows the body's most urgent open cases with link, step, summary and countdown, and its counts", () => {
    const { el, casesApi, intakeApi, count } = setup({ policies: { 'Dalad.Cases': true } });

    expect(casesApi.list).toHaveBeenCalledWith({ bodyCode: 'housing', skipCount: 0, maxResultCount: 5 });
    const rows = [...el.querySelectorAll<HTMLElement>('[data-testid="todo-case"]')];
    // In the server's order; the closed case is not to do.
    expect(rows.map(r => r.dataset['caseNumber'])).toEqual(['DLT-2026-000003', 'DLT-2026-000001']);
    const first = rows[0];
    expect(first.querySelector('a')?.getAttribute('href')).toBe('/cases/id-DLT-2026-000003');
    expect(first.querySelector('[data-testid="todo-case-step"]')?.textContent).toContain('[Dalad::CaseStep:handle]');
    expect(first.querySelector('[data-testid="todo-case-summary"]')?.textContent).toBe(`${handling.text.slice(0, 40)}…`);
    const countdown = first.querySelector('[data-testid="countdown"]')!;
    expect(countdown.getAttribute('data-state')).toBe('overdue');
    expect(countdown.textContent).toContain('[Dalad::Cases:Countdown:Overdue](2)');
    expect(rows[1].querySelector('[data-testid="countdown"]')?.getAttribute('data-state')).toBe('due-soon');

    // The server counts housing's badges; no list is downloaded to count them.
    expect(casesApi.getCounts).toHaveBeenCalledWith('housing');
    expect(casesApi.getBoard).not.toHaveBeenCalled();
    expect(casesApi.getReminders).not.toHaveBeenCalled();
    expect(count('todo-overdue')).toBe('1234');
    expect(el.querySelector('[data-testid="todo-overdue"]')?.getAttribute('href')).toBe('/cases/board');
    expect(count('todo-due-soon')).toBe('1');
    expect(count('todo-reminders')).toBe('2');
    expect(el.querySelector('[data-testid="todo-reminders"]')?.textContent).toContain('[Dalad::Workspace:Todo:Reminders](2)');
    expect(el.querySelector('[data-testid="todo-reminders"]')?.getAttribute('href')).toBe('/cases');
    expect(el.querySelector('[data-testid="todo-all-cases"]')?.getAttribute('href')).toBe('/cases');

    // Without the dispatch permission no lead is asked for or shown.
    expect(intakeApi.countPendingLeads).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="todo-pending-leads"]')).toBeNull();
    expect(el.querySelector('[data-testid="todo-empty"]')).toBeNull();
  });

  it('shows an intake desk only its leads waiting for confirmation, with a link to the intake page', () => {
    const { el, casesApi, count } = setup({ policies: { 'Dalad.Leads': true, 'Dalad.Leads.Dispatch': true }, bodyCode: 'hotline-12345' });

    expect(casesApi.list).not.toHaveBeenCalled();
    expect(casesApi.getCounts).not.toHaveBeenCalled();
    expect(count('todo-pending-leads')).toBe('4');
    expect(el.querySelector('[data-testid="todo-pending-leads"]')?.getAttribute('href')).toBe('/intake/pending');
    expect(el.querySelector('[data-testid="todo-case"]')).toBeNull();
    expect(el.querySelector('[data-testid="todo-all-cases"]')).toBeNull();
  });

  it('shows the joint office every body’s cases and the counts over every body', () => {
    const waterCase = caseDto('DLT-2026-000009');
    const { el, casesApi, count } = setup({
      policies: { 'Dalad.Cases': true },
      bodyCode: 'joint-office',
      supervises: true,
      cases: [waterCase, handling],
      counts: { overdue: 34269, dueSoon: 2, openReminders: 3 },
    });

    expect(casesApi.list).toHaveBeenCalledWith({ bodyCode: undefined, skipCount: 0, maxResultCount: 5 });
    expect([...el.querySelectorAll<HTMLElement>('[data-testid="todo-case"]')].map(r => r.dataset['caseNumber'])).toEqual([
      'DLT-2026-000009',
      'DLT-2026-000003',
    ]);
    expect(casesApi.getCounts).toHaveBeenCalledWith(undefined);
    expect(count('todo-overdue')).toBe('34269');
    expect(count('todo-due-soon')).toBe('2');
    expect(count('todo-reminders')).toBe('3');
  });

  it('shows the empty state without any permission, and asks the server for nothing', () => {
    const { el, casesApi, intakeApi } = setup({});

    expect(el.querySelector('[data-testid="todo-empty"]')?.textContent).toBe('[Dalad::Workspace:Todo:Empty]');
    const hints = [...el.querySelectorAll<HTMLElement>('[data-testid="todo-empty-hint"]')].map(h => h.dataset['key']);
    expect(hints).toEqual(['Dalad::Workspace:Todo:NoAccessHint']);
    expect(casesApi.list).not.toHaveBeenCalled();
    expect(intakeApi.countPendingLeads).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="todo-all-cases"]')).toBeNull();
  });

  it('asks for no leads when the dispatch permission comes without the leads permission the list needs', () => {
    const { el, intakeApi } = setup({ policies: { 'Dalad.Leads.Dispatch': true } });
    expect(intakeApi.countPendingLeads).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="todo-empty"]')).not.toBeNull();
  });

  it('shows the empty state when the permitted parts have nothing to do', () => {
    const { el } = setup({
      policies: { 'Dalad.Cases': true, 'Dalad.Leads': true, 'Dalad.Leads.Dispatch': true },
      cases: [closed],
      counts: { overdue: 0, dueSoon: 0, openReminders: 0 },
      pendingLeads: 0,
    });

    expect(el.querySelector('[data-testid="todo-empty"]')).not.toBeNull();
    const hints = [...el.querySelectorAll<HTMLElement>('[data-testid="todo-empty-hint"]')].map(h => h.dataset['key']);
    expect(hints).toEqual(['Dalad::Workspace:Todo:EmptyHint', 'Dalad::Workspace:Todo:EmptyHintLeads']);
    for (const part of ['todo-case', 'todo-overdue', 'todo-due-soon', 'todo-reminders', 'todo-pending-leads']) {
      expect(el.querySelector(`[data-testid="${part}"]`)).toBeNull();
    }
  });

  it('still shows what loaded when a part fails, with a warning', () => {
    const { el, count } = setup({
      policies: { 'Dalad.Cases': true },
      casesApi: { getCounts: vi.fn(() => throwError(() => new Error('503'))) },
    });

    expect(el.querySelector('[data-testid="todo-failed"]')).not.toBeNull();
    expect(el.querySelectorAll('[data-testid="todo-case"]').length).toBe(2);
    expect(el.querySelector('[data-testid="todo-overdue"]')).toBeNull();
    expect(el.querySelector('[data-testid="todo-reminders"]')).toBeNull();
    expect(count('todo-overdue')).toBeNull();
  });

  it('reloads for another body', () => {
    const { fixture, casesApi } = setup({ policies: { 'Dalad.Cases': true } });
    fixture.componentRef.setInput('bodyCode', 'water');
    fixture.detectChanges();
    expect(casesApi.list).toHaveBeenLastCalledWith({ bodyCode: 'water', skipCount: 0, maxResultCount: 5 });
    expect(casesApi.getCounts).toHaveBeenLastCalledWith('water');
  });
});
