import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { IntakeApi, LeadDto } from './intake-api';
import { leadClock } from './intake-logic';
import { PendingLeads } from './pending-leads';

function lead(id: string, receivedAt: string): LeadDto {
  return {
    id, channel: '12345', ticketNumber: 'T-' + id, intakeBodyCode: 'data-12345', status: 'pending',
    receivedAt, text: 'text ' + id, phone: '138****5678', needsDispatcher: false,
    address: null, amountOwed: null, caseId: null, caseNumber: null, complainantName: null, createdAt: receivedAt, createdBy: null, dispatchOverdue: false,
    employer: null, idCardNumber: null, project: null, repeatOfLeadId: null, routing: null, workerCount: null,
  };
}

describe('leadClock (1 working day to dispatch)', () => {
  it('is on time on the day of receipt, due on the next working day, overdue after', () => {
    expect(leadClock(0)).toEqual({ state: 'on-time', overdueDays: 0 });
    expect(leadClock(1)).toEqual({ state: 'due-soon', overdueDays: 0 });
    expect(leadClock(3)).toEqual({ state: 'overdue', overdueDays: 2 });
  });
});

describe('PendingLeads', () => {
  it('lists the pending leads oldest first with their clock, each opening the confirm form', () => {
    // 2026-11-20 01:00Z is 09:00 on the 20th in Beijing; 2026-11-23 17:00Z is already the 24th there.
    const api = {
      getPendingLeads: vi.fn(() => of({ totalCount: 2, items: [lead('a', '2026-11-20T01:00:00Z'), lead('b', '2026-11-23T17:00:00Z')] })),
      workingDaysBetween: vi.fn((from: string) => of({ workingDays: from.startsWith('2026-11-20') ? 4 : 0 })),
    };
    TestBed.configureTestingModule({
      providers: [...provideAbpFakes(new FakeConfigState({})), provideRouter([]), { provide: IntakeApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(PendingLeads);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    // One calendar question per Beijing day of receipt.
    expect(api.workingDaysBetween.mock.calls.map(call => call[0]).sort()).toEqual(['2026-11-20T00:00', '2026-11-24T00:00']);
    const rows = [...el.querySelectorAll('[data-testid="pending-lead"]')];
    expect(rows.map(row => row.getAttribute('data-ticket'))).toEqual(['T-a', 'T-b']);
    expect(rows.map(row => row.getAttribute('data-state'))).toEqual(['overdue', 'on-time']);
    expect(rows[0].textContent).toContain('2026-11-20 09:00');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/intake?lead=a');
  });

  it('says so when nothing waits', () => {
    const api = { getPendingLeads: vi.fn(() => of({ totalCount: 0, items: [] })), workingDaysBetween: vi.fn() };
    TestBed.configureTestingModule({
      providers: [...provideAbpFakes(new FakeConfigState({})), provideRouter([]), { provide: IntakeApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(PendingLeads);
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('[data-testid="pending-empty"]')).not.toBeNull();
    expect(api.workingDaysBetween).not.toHaveBeenCalled();
  });
});
