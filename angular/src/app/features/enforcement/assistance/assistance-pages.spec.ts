import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, provideRouter } from '@angular/router';
import { ABP, RoutesService } from '@abp/ng.core';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import type { AssistanceRequestDto } from '../../../proxy/generated/models';
import { CaseDirectory } from '../../cases/shared/case-directory';
import { enforcementMenu } from '../enforcement.feature';
import { AssistanceApi } from './assistance-api';
import { AssistancePage } from './assistance-page';
import { ProtectedAccountsPage } from './protected-accounts-page';

function request(patch: Partial<AssistanceRequestDto> = {}): AssistanceRequestDto {
  return {
    id: 'a1', kind: 'property', caseNumber: 'DLT-2026-0001', partyName: 'Wang', partyNumber: '1506**********123X', partyNumberKind: 'id-card',
    question: 'property?', sendingBodyCode: 'hrss', receivingBodyCode: 'natres', sentAt: '2026-06-01T02:00:00Z', sentBy: 'hrss',
    dueAt: '2026-06-08T15:59:59Z', status: 'sent', dueState: 'open', lateWorkingDays: 0, finding: null, attachments: [], answeredAt: null, answeredBy: null,
    ...patch,
  };
}

function setUp(policies: string[], api: Partial<Record<keyof AssistanceApi, unknown>>, inbox = false) {
  const grantedPolicies = Object.fromEntries(policies.map(p => [p, true]));
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ currentUser: { isAuthenticated: true, id: 'u' }, auth: { grantedPolicies } })),
      provideRouter([]),
      { provide: AssistanceApi, useValue: api },
      { provide: CaseDirectory, useValue: { bodies: () => of([{ code: 'natres', name: 'Land bureau' }, { code: 'hrss', name: 'HRSS' }]) } },
      { provide: ActivatedRoute, useValue: { snapshot: { data: inbox ? { inbox: true } : {} } } },
    ],
  });
}

const byId = (el: HTMLElement, id: string) => el.querySelectorAll(`[data-testid="${id}"]`);
const problem = (detail: string) => new HttpErrorResponse({ status: 400, error: { title: 'Bad', detail } });

describe('AssistancePage', () => {
  it('sends a request and lists it first, with its body and due state', () => {
    const send = vi.fn(() => of(request({ id: 'a2', kind: 'vehicles', receivingBodyCode: 'police' })));
    setUp(['Dalad.Assistance', 'Dalad.Assistance.Create'], {
      kinds: () => of([{ kind: 'property', bodyCode: 'natres', workingDays: 5 }]),
      sent: () => of([request()]),
      send,
    });
    const fixture = TestBed.createComponent(AssistancePage);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(byId(el, 'assistance-kind')[0].textContent).toContain('Land bureau');
    const page = fixture.componentInstance;
    page.kind = 'vehicles';
    page.caseNumber = ' DLT-2026-0002 ';
    page.partyName = 'Li';
    page.question = 'cars?';
    page.send();
    fixture.detectChanges();
    expect(send).toHaveBeenCalledWith({ kind: 'vehicles', caseNumber: 'DLT-2026-0002', partyName: 'Li', partyNumber: null, question: 'cars?' });
    const rows = byId(el, 'assistance-request');
    expect(rows.length).toBe(2);
    expect(rows[0].getAttribute('data-id')).toBe('a2');
    expect(byId(el, 'assistance-answer-start').length).toBe(0);
  });

  it('shows the server refusal of a bad request and keeps the list', () => {
    setUp(['Dalad.Assistance', 'Dalad.Assistance.Create'], {
      kinds: () => of([]),
      sent: () => of([request()]),
      send: () => throwError(() => problem('“x”既不是有效的统一社会信用代码')),
    });
    const fixture = TestBed.createComponent(AssistancePage);
    fixture.detectChanges();
    fixture.componentInstance.send();
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(byId(el, 'assistance-form-error')[0].textContent).toContain('既不是有效的统一社会信用代码');
    expect(byId(el, 'assistance-request').length).toBe(1);
  });

  it('answers from the inbox with attachments one per line, and marks an overdue request', () => {
    const answer = vi.fn(() => of(request({ status: 'answered', dueState: 'answered-late', lateWorkingDays: 1, finding: 'one house', attachments: ['doc 31'] })));
    setUp(['Dalad.Assistance', 'Dalad.Assistance.Answer'], { inbox: () => of([request({ dueState: 'overdue', lateWorkingDays: 1 })]), answer }, true);
    const fixture = TestBed.createComponent(AssistancePage);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(byId(el, 'assistance-form').length).toBe(0);
    expect(byId(el, 'assistance-due')[0].getAttribute('data-state')).toBe('overdue');
    fixture.componentInstance.startAnswer('a1');
    fixture.componentInstance.finding = ' one house ';
    fixture.componentInstance.attachments = 'doc 31\n\n';
    fixture.componentInstance.answer(request());
    fixture.detectChanges();
    expect(answer).toHaveBeenCalledWith('a1', { finding: 'one house', attachments: ['doc 31'] });
    expect(byId(el, 'assistance-finding')[0].textContent).toContain('one house');
    expect(byId(el, 'assistance-answer-start').length).toBe(0);
  });
});

describe('ProtectedAccountsPage', () => {
  it('refuses an invalid number before asking the server, then shows a protected account', () => {
    const checkAccount = vi.fn(() =>
      of({ accountNumber: '6222021200012345678', protected: true, accounts: [{ kind: 'wage-account', projectName: 'Site A', holder: 'Builder B' }], checkedAt: '2026-06-01T02:00:00Z' }),
    );
    setUp(['Dalad.ProtectedAccounts.Check'], { checkAccount, accountChecks: vi.fn(() => of([])) });
    const fixture = TestBed.createComponent(ProtectedAccountsPage);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(byId(el, 'account-check-log').length).toBe(0);
    fixture.componentInstance.accountNumber = '1234';
    fixture.componentInstance.check();
    fixture.detectChanges();
    expect(checkAccount).not.toHaveBeenCalled();
    expect(byId(el, 'account-check-error').length).toBe(1);
    fixture.componentInstance.accountNumber = '6222 0212-0001 2345 678';
    fixture.componentInstance.check();
    fixture.detectChanges();
    expect(checkAccount).toHaveBeenCalledWith('6222021200012345678');
    expect(byId(el, 'account-protected').length).toBe(1);
    expect(byId(el, 'account-match')[0].textContent).toContain('Site A');
  });

  it('shows HRSS the log without the check form', () => {
    setUp(['Dalad.ProtectedAccounts'], {
      accountChecks: () => of([{ id: 'c1', accountNumber: '6222021200012345678', protected: false, answer: null, checkedAt: '2026-06-01T02:00:00Z', checkedBy: 'court' }]),
    });
    const fixture = TestBed.createComponent(ProtectedAccountsPage);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(byId(el, 'account-check-form').length).toBe(0);
    expect(byId(el, 'account-check-row').length).toBe(1);
  });
});

describe('enforcement menu: assistance and protected accounts', () => {
  function visible(grantedPolicies: Record<string, boolean>): string[] {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: provideAbpFakes(new FakeConfigState({ currentUser: { isAuthenticated: true, id: 'u' }, auth: { grantedPolicies } })),
    });
    const routes = TestBed.inject(RoutesService);
    routes.add(enforcementMenu());
    const walk = (nodes: (ABP.Route & { children?: ABP.Route[] })[]): string[] =>
      nodes.flatMap(n => [...(n.path ? [n.path] : []), ...walk((n.children ?? []) as never)]);
    return walk(routes.visible as never);
  }

  it('shows the sender, the receiving body and the checkers their own pages', () => {
    expect(visible({ 'Dalad.Assistance': true, 'Dalad.Assistance.Create': true, 'Dalad.ProtectedAccounts': true })).toEqual([
      '/enforcement/assistance',
      '/enforcement/protected-accounts',
    ]);
    expect(visible({ 'Dalad.Assistance': true, 'Dalad.Assistance.Answer': true })).toEqual(['/enforcement/assistance-inbox']);
    expect(visible({ 'Dalad.ProtectedAccounts.Check': true })).toEqual(['/enforcement/protected-accounts']);
  });
});
