import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import type { BacklogCaseDto, BacklogRouteDto } from '../../../proxy/generated/models';
import { CaseDirectory } from '../../cases/shared/case-directory';
import { BacklogApi } from './backlog-api';
import { BacklogPage } from './backlog-page';

const CHANNELS = [
  { channel: 'mediation', bodyCode: 'justice', steps: [['accepted'], ['mediating'], ['agreed', 'mediation-failed']] },
  { channel: 'arbitration', bodyCode: 'hrss', steps: [['filed'], ['heard'], ['awarded', 'conciliated']] },
];

function route(patch: Partial<BacklogRouteDto> = {}): BacklogRouteDto {
  return {
    number: 1, channel: 'mediation', bodyCode: 'justice', reason: 'both agree', routedAt: '2026-05-11T02:00:00Z', routedBy: 'hrss', feeDeferred: null,
    steps: [], nextSteps: ['accepted'], outcome: null, amountRecovered: null, endedAt: null, ...patch,
  };
}

function backlog(patch: Partial<BacklogCaseDto> = {}): BacklogCaseDto {
  return {
    id: 'b1', caseId: 'c1', caseNumber: 'DLT2025000123', openedAt: '2025-03-03T02:00:00Z', reopenCount: 0, petitionCount: 1,
    grounds: ['long-open', 'project-collapsed'], reason: 'collapsed', flaggingBodyCode: 'hrss', flaggedAt: '2026-05-11T02:00:00Z', flaggedBy: 'hrss',
    status: 'flagged', receivingBodyCode: null, amountRecovered: 0, currentRoute: null, routes: [], ...patch,
  };
}

function setUp(api: Partial<Record<keyof BacklogApi, unknown>>, inbox = false) {
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ currentUser: { isAuthenticated: true, id: 'u' }, auth: { grantedPolicies: {} } })),
      provideRouter([]),
      { provide: BacklogApi, useValue: { channels: () => of(CHANNELS), ...api } },
      { provide: CaseDirectory, useValue: { bodies: () => of([{ code: 'justice', name: 'Justice bureau' }, { code: 'hrss', name: 'HRSS' }]) } },
      { provide: ActivatedRoute, useValue: { snapshot: { data: inbox ? { inbox: true } : {} } } },
    ],
  });
}

const byId = (el: HTMLElement, id: string) => el.querySelectorAll(`[data-testid="${id}"]`);
const problem = (detail: string) => new HttpErrorResponse({ status: 400, error: { title: 'Bad', detail } });

describe('BacklogPage', () => {
  it('flags a case, lists it first, and routes it to a channel named with its body', () => {
    const flag = vi.fn(() => of(backlog({ id: 'b2' })));
    const routeCall = vi.fn(() => of(backlog({ id: 'b2', status: 'routed', receivingBodyCode: 'justice', currentRoute: route(), routes: [route()] })));
    setUp({ flagged: () => of([backlog()]), flag, route: routeCall });
    const fixture = TestBed.createComponent(BacklogPage);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const page = fixture.componentInstance;
    page.caseNumber = ' DLT2025000124 ';
    page.circumstance = 'funds-gone';
    page.reason = ' gone ';
    page.flag();
    fixture.detectChanges();
    expect(flag).toHaveBeenCalledWith({ caseNumber: 'DLT2025000124', circumstance: 'funds-gone', reason: 'gone' });
    expect(byId(el, 'backlog-item')[0].getAttribute('data-id')).toBe('b2');

    page.start(backlog({ id: 'b2' }));
    fixture.detectChanges();
    expect(byId(el, 'backlog-channel')[0].textContent).toContain('Justice bureau');
    page.channel = 'mediation';
    page.routeReason = 'both agree';
    page.route(backlog({ id: 'b2' }));
    fixture.detectChanges();
    expect(routeCall).toHaveBeenCalledWith('b2', { channel: 'mediation', reason: 'both agree' });
    expect(byId(el, 'backlog-item')[0].getAttribute('data-status')).toBe('routed');
    expect(byId(el, 'backlog-route').length).toBe(1);
  });

  it('records the next step in the inbox, the outcome and amount only with the last, and shows a refusal', () => {
    const atEnd = backlog({
      status: 'routed', receivingBodyCode: 'hrss',
      currentRoute: route({ channel: 'arbitration', bodyCode: 'hrss', nextSteps: ['awarded', 'conciliated'],
        steps: [{ step: 'filed', note: null, at: '2026-05-12T02:00:00Z', by: 'x' }, { step: 'heard', note: null, at: '2026-05-13T02:00:00Z', by: 'x' }] }),
    });
    atEnd.routes = [atEnd.currentRoute!];
    const step = vi.fn(() => throwError(() => problem('最后环节须登记是否化解')));
    setUp({ inbox: () => of([atEnd]), step }, true);
    const fixture = TestBed.createComponent(BacklogPage);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const page = fixture.componentInstance;
    expect(byId(el, 'backlog-form').length).toBe(0);
    page.start(atEnd);
    fixture.detectChanges();
    expect(page.step).toBe('awarded');
    expect(byId(el, 'backlog-settled').length).toBe(1);
    expect(byId(el, 'backlog-amount').length).toBe(1);
    page.amount = '300000';
    page.record(atEnd);
    fixture.detectChanges();
    expect(step).toHaveBeenCalledWith('b1', { step: 'awarded', note: null, settled: null, amountRecovered: 300000, feeDeferred: null });
    expect(byId(el, 'backlog-error')[0].textContent).toContain('最后环节须登记是否化解');
    // A conciliation settles by itself: no question asked.
    const select = byId(el, 'backlog-step')[0] as HTMLSelectElement;
    select.value = 'conciliated';
    select.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    expect(page.step).toBe('conciliated');
    expect(byId(el, 'backlog-settled').length).toBe(0);
  });
});
