import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';
import { caseDto, provideCasesTesting } from '../testing/cases-testing';
import { CasesBoard } from './cases-board';

function setup(falseClosures = vi.fn(() => of({ byBody: [{ bodyCode: 'housing', count: 2 }], items: [] }))) {
  const api = {
    getBoard: vi.fn((list?: string) =>
      list ? of(nextOverduePage) : of({
        overdue: [
          {
            case: caseDto('DLT-2026-000007'),
            step: 'receive',
            dueAt: '2026-02-14T23:59:59+08:00',
            workingDaysOverdue: 3,
            remindedBodyCodes: ['housing', 'town-a'],
          },
        ],
        dueSoon: [caseDto('DLT-2026-000008')],
        overdueLeads: [
          {
            leadId: '00000000-0000-0000-0000-000000000009',
            channel: '12345',
            ticketNumber: 'GD-LATE-1',
            intakeBodyCode: 'data-12345',
            receivedAt: '2026-02-12T01:00:00Z',
            dueAt: '2026-02-13T23:59:59+08:00',
            workingDaysOverdue: 2,
            remindedBodyCodes: ['data-12345'],
          },
        ],
        overdueCount: 1000,
        overdueCountIsLowerBound: true,
        overdueNextCursor: 'o1',
        dueSoonCount: 1,
        dueSoonCountIsLowerBound: false,
        dueSoonNextCursor: null,
      }),
    ),
    getFalseClosures: falseClosures,
    getRepeatedTransfers: vi.fn(() => of([])),
  };
  TestBed.configureTestingModule({ providers: [...provideCasesTesting({ api, myBodies: ['joint-office'], supervises: true }), provideRouter([])] });
  const fixture = TestBed.createComponent(CasesBoard);
  fixture.detectChanges();
  return { el: fixture.nativeElement as HTMLElement, fixture, api };
}

/** The overdue list's second (and last) page: the other lists are not read again. */
const nextOverduePage = {
  overdue: [{ case: caseDto('DLT-2026-000009'), step: 'handle', dueAt: '2026-02-15T23:59:59+08:00', workingDaysOverdue: 2, remindedBodyCodes: [] }],
  dueSoon: [],
  overdueLeads: [],
  overdueCount: 1000,
  overdueCountIsLowerBound: true,
  overdueNextCursor: null,
  dueSoonCount: 0,
  dueSoonCountIsLowerBound: false,
  dueSoonNextCursor: null,
};

describe('CasesBoard', () => {
  it('lists overdue cases with the working days late and the bodies reminded, and those due soon', () => {
    const { el } = setup();
    const row = el.querySelector('[data-testid="board-overdue"] tr[data-case-number="DLT-2026-000007"]')!;
    expect(row.querySelector('[data-testid="days-overdue"]')?.getAttribute('data-days')).toBe('3');
    expect(row.textContent).toContain('2026-02-14 23:59');
    expect(row.querySelector('[data-testid="reminded"]')?.textContent).toBe('Housing bureau, Town A');
    expect(el.querySelector('[data-testid="board-due-soon"] tr[data-case-number="DLT-2026-000008"] [data-testid="countdown"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="false-closures"] [data-body-code="housing"]')?.textContent).toContain('Housing bureau');
  });

  it('lists the leads an intake desk left undispatched past their due time, as the desk\'s', () => {
    const { el } = setup();
    const row = el.querySelector('[data-testid="board-overdue-leads"] tr[data-ticket-number="GD-LATE-1"]')!;
    expect(row.textContent).toContain('2026-02-13 23:59');
    expect(row.textContent).toContain('GD-LATE-1');
  });

  it('shows the server’s counts ("1000+" when it stopped counting) and appends the next page of a list by its cursor', () => {
    const { el, fixture, api } = setup();
    expect(el.querySelector('[data-testid="board-overdue-count"]')?.textContent).toBe('1000+');
    expect(el.querySelector('[data-testid="board-due-soon-count"]')?.textContent).toBe('1');
    expect(el.querySelector('[data-testid="board-due-soon-more"]')).toBeNull();
    (el.querySelector('[data-testid="board-overdue-more"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(api.getBoard).toHaveBeenLastCalledWith('overdue', 'o1');
    const numbers = [...el.querySelectorAll('[data-testid="board-overdue"] tr[data-case-number]')].map(r => r.getAttribute('data-case-number'));
    expect(numbers).toEqual(['DLT-2026-000007', 'DLT-2026-000009']);
    expect(el.querySelector('[data-testid="board-due-soon"] tr[data-case-number="DLT-2026-000008"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="board-overdue-leads"] tr[data-ticket-number="GD-LATE-1"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="board-overdue-more"]')).toBeNull();
  });

  it('still shows the board when the false closures cannot be read', () => {
    const { el } = setup(vi.fn(() => throwError(() => new Error('down'))));
    expect(el.querySelector('[data-testid="board-overdue"] tr[data-case-number]')).not.toBeNull();
  });
});
