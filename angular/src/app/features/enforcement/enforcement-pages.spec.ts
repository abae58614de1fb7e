import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import type { ListingDto, PenaltyCaseDto, ReferralDto } from '../../proxy/generated/models';
import { CreditCheckPage } from './credit-check/credit-check-page';
import { CreditPage } from './credit/credit-page';
import { EnforcementApi } from './enforcement-api';
import { order } from './testing/enforcement-testing';
import { OrdersPage } from './orders/orders-page';
import { PenaltyDocumentsApi } from './penalty-documents/penalty-documents';
import { ReferralsPage } from './referrals/referrals-page';

function penalty(patch: Partial<PenaltyCaseDto> = {}): PenaltyCaseDto {
  return { id: 'p1', number: 'CF-2026-0001', caseNumber: 'DLT-2026-0001', orderId: 'o1', employerName: 'Firm A', facts: 'owes', step: 'filed', steps: [], ...patch };
}

function referral(patch: Partial<ReferralDto> = {}): ReferralDto {
  return {
    id: 'r1', orderId: 'o1', caseNumber: 'DLT-2026-0001', employerName: 'Firm A', creditCode: null, amount: 12000, facts: 'refuses',
    referringBodyCode: 'hrss', policeBodyCode: 'police', status: 'received', steps: [], referredAt: '2026-05-20T02:00:00Z', referredBy: 'hrss', ...patch,
  };
}

function listing(patch: Partial<ListingDto> = {}): ListingDto {
  return {
    id: 'l1', employerName: 'Firm A', creditCode: '91350100M000100Y43', status: 'proposed', proposalReasons: 'three cases', proposedAt: '2026-05-20T02:00:00Z',
    proposedBy: 'hrss', decisionReasons: null, decidedAt: null, decidedBy: null, restrictions: [], listedOn: null, repairPeriodEndsOn: null, expiresOn: null,
    removalReasons: null, removedOn: null, removedBy: null, ...patch,
  };
}

function setUp(policies: string[], api: Partial<Record<keyof EnforcementApi, unknown>>, route: object = {}) {
  const grantedPolicies = Object.fromEntries(policies.map(p => [p, true]));
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ currentUser: { isAuthenticated: true, id: 'u' }, auth: { grantedPolicies } })),
      provideRouter([]),
      { provide: EnforcementApi, useValue: api },
      { provide: PenaltyDocumentsApi, useValue: { list: () => of([]) } },
      ...(Object.keys(route).length ? [{ provide: ActivatedRoute, useValue: route }] : []),
    ],
  });
}

const byId = (el: HTMLElement, id: string) => el.querySelectorAll(`[data-testid="${id}"]`);
const problem = (detail: string) => new HttpErrorResponse({ status: 400, error: { title: 'Bad', detail } });

describe('OrdersPage', () => {
  const route = { queryParamMap: of(convertToParamMap({ caseNumber: 'DLT-2026-0001' })) };

  it("shows a case's orders and only that case's penalty cases, with the next step to record", () => {
    const api = {
      orders: vi.fn(() => of([order({ servedOn: '2026-05-02', lapsed: true })])),
      penaltyCases: vi.fn(() => of([penalty(), penalty({ id: 'p2', caseNumber: 'OTHER-1', number: 'CF-2026-0002' })])),
    };
    setUp(['Dalad.Orders', 'Dalad.Orders.Manage'], api, route);
    const fixture = TestBed.createComponent(OrdersPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(api.orders).toHaveBeenCalledWith('DLT-2026-0001');
    expect(byId(el, 'order-state')[0].textContent).toContain('OrderState:Lapsed');
    expect(byId(el, 'penalty').length).toBe(1);
    expect(byId(el, 'penalty-number')[0].textContent).toContain('CF-2026-0001');
    expect(byId(el, 'penalty-advance-start')[0].textContent).toContain('Step:Investigated');
    // The order already has its penalty case: no second one offered.
    expect(byId(el, 'penalty-open-start').length).toBe(0);
  });

  it('keeps the form and shows the server\'s Chinese error when an order is refused, adding nothing', () => {
    const api = {
      orders: vi.fn(() => of([])),
      penaltyCases: vi.fn(() => of([])),
      issueOrder: vi.fn(() => throwError(() => problem('履行期限须晚于下达日期。'))),
    };
    setUp(['Dalad.Orders', 'Dalad.Orders.Manage'], api, route);
    const fixture = TestBed.createComponent(OrdersPage);
    fixture.detectChanges();
    const page = fixture.componentInstance;
    page.form.employerName = 'Firm A';
    page.form.deadlineOn = '2026-04-01';
    page.issue();
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(api.issueOrder).toHaveBeenCalledWith(expect.objectContaining({ kind: 'pay', caseNumber: 'DLT-2026-0001', employerName: 'Firm A', deadlineOn: '2026-04-01' }));
    expect(byId(el, 'order-form-error')[0].textContent).toContain('履行期限须晚于下达日期。');
    expect(byId(el, 'order').length).toBe(0);
    expect(page.form.employerName).toBe('Firm A');
  });

  it('records a served date and then an outcome on the order', () => {
    const served = order({ servedOn: '2026-05-02' });
    const api = {
      orders: vi.fn(() => of([order()])),
      penaltyCases: vi.fn(() => of([])),
      serveOrder: vi.fn(() => of(served)),
      recordOutcome: vi.fn(() => of({ ...served, outcome: 'not-complied', lapsed: true })),
    };
    setUp(['Dalad.Orders', 'Dalad.Orders.Manage'], api, route);
    const fixture = TestBed.createComponent(OrdersPage);
    fixture.detectChanges();
    const page = fixture.componentInstance;
    page.start('serve', 'o1');
    page.servedOn = '2026-05-02';
    page.serve(order());
    fixture.detectChanges();
    expect(api.serveOrder).toHaveBeenCalledWith('o1', '2026-05-02');
    expect(byId(fixture.nativeElement, 'order-outcome-start').length).toBe(1);

    page.start('outcome', 'o1');
    page.complied = false;
    page.recordOutcome(served);
    fixture.detectChanges();
    expect(api.recordOutcome).toHaveBeenCalledWith('o1', { complied: false, note: null });
    expect(byId(fixture.nativeElement, 'order-state')[0].textContent).toContain('OrderState:Lapsed');
  });

  it('shows no action to a reader without the manage permission', () => {
    const api = { orders: vi.fn(() => of([order()])), penaltyCases: vi.fn(() => of([penalty()])) };
    setUp(['Dalad.Orders'], api, route);
    const fixture = TestBed.createComponent(OrdersPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(byId(el, 'order').length).toBe(1);
    expect(byId(el, 'order-form').length).toBe(0);
    expect(byId(el, 'order-serve-start').length).toBe(0);
    expect(byId(el, 'penalty-advance-start').length).toBe(0);
  });
});

describe('ReferralsPage', () => {
  it('offers HRSS only the lapsed orders to pay not yet referred, and lists the referral it sends', () => {
    const lapsed = order({ id: 'o2', caseNumber: 'DLT-2026-0002', servedOn: '2026-05-02', lapsed: true });
    const api = {
      referrals: vi.fn(() => of([referral()])),
      orders: vi.fn(() => of([order({ servedOn: '2026-05-02', lapsed: true }), lapsed, order({ id: 'o3', servedOn: '2026-05-02' })])),
      refer: vi.fn(() => of(referral({ id: 'r2', orderId: 'o2', caseNumber: 'DLT-2026-0002' }))),
    };
    setUp(['Dalad.Orders', 'Dalad.Referrals', 'Dalad.Referrals.Create'], api, { snapshot: { data: {} } });
    const fixture = TestBed.createComponent(ReferralsPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(api.referrals).toHaveBeenCalledWith(false);
    const offered = byId(el, 'referable-order');
    expect(offered.length).toBe(1);
    expect(offered[0].getAttribute('data-id')).toBe('o2');

    fixture.componentInstance.start('o2');
    fixture.componentInstance.facts = 'refuses to pay';
    fixture.componentInstance.refer(lapsed);
    fixture.detectChanges();
    expect(api.refer).toHaveBeenCalledWith({ orderId: 'o2', facts: 'refuses to pay' });
    expect(byId(el, 'referral').length).toBe(2);
    expect(byId(el, 'referable-order').length).toBe(0);
    expect(byId(el, 'referral-status')[0].textContent).toContain('Referral:Received');
  });

  it('gives the police their inbox, where a received referral is marked filed', () => {
    const api = {
      referrals: vi.fn(() => of([referral()])),
      advanceReferral: vi.fn(() => of(referral({ status: 'filed' }))),
    };
    setUp(['Dalad.Referrals', 'Dalad.Referrals.Handle'], api, { snapshot: { data: { inbox: true } } });
    const fixture = TestBed.createComponent(ReferralsPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(api.referrals).toHaveBeenCalledWith(true);
    expect(byId(el, 'referable-orders').length).toBe(0);
    expect(byId(el, 'referral-advance-start')[0].textContent).toContain('Referral:Filed');
    fixture.componentInstance.start('r1');
    fixture.componentInstance.note = '立案号 1';
    fixture.componentInstance.advance(referral());
    fixture.detectChanges();
    expect(api.advanceReferral).toHaveBeenCalledWith('r1', { status: 'filed', note: '立案号 1' });
    expect(byId(el, 'referral-status')[0].textContent).toContain('Referral:Filed');
    expect(byId(el, 'referral-advance-start')[0].textContent).toContain('Referral:Prosecuted');
  });
});

describe('CreditPage', () => {
  const candidate = {
    employerName: 'Firm A', creditCode: '91350100M000100Y43', grounds: ['three-in-12-months'], openListingId: null,
    findings: [{ id: 'f1', caseNumber: 'A1', employerName: 'Firm A', creditCode: '91350100M000100Y43', establishedOn: '2026-01-01', recordedAt: '', recordedBy: null }],
  };

  it('shows candidates with their grounds and lets HRSS propose, but not decide', () => {
    const api = {
      findings: vi.fn(() => of(candidate.findings)),
      candidates: vi.fn(() => of([candidate])),
      listings: vi.fn(() => of([listing()])),
      propose: vi.fn(() => of(listing())),
    };
    setUp(['Dalad.Credit', 'Dalad.Credit.Propose'], api);
    const fixture = TestBed.createComponent(CreditPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(byId(el, 'candidate-grounds')[0].textContent).toContain('Ground:ThreeInTwelveMonths');
    expect(byId(el, 'decide-start').length).toBe(0);
    fixture.componentInstance.start('propose', '91350100M000100Y43', '91350100M000100Y43');
    fixture.componentInstance.reasons = 'three cases';
    fixture.componentInstance.propose(candidate);
    expect(api.propose).toHaveBeenCalledWith({ employerName: 'Firm A', creditCode: '91350100M000100Y43', reasons: 'three cases' });
    expect(api.listings).toHaveBeenCalledTimes(2);
  });

  it('sends the development commission\'s decision with the restrictions ticked, and shows a refusal', () => {
    const api = {
      findings: vi.fn(() => of([])),
      candidates: vi.fn(() => of([])),
      listings: vi.fn(() => of([listing()])),
      decide: vi.fn(() => throwError(() => problem('列入失信名单须至少选择一项惩戒措施。'))),
    };
    setUp(['Dalad.Credit', 'Dalad.Credit.Decide'], api);
    const fixture = TestBed.createComponent(CreditPage);
    fixture.detectChanges();
    const page = fixture.componentInstance;
    expect(byId(fixture.nativeElement, 'propose-start').length).toBe(0);
    expect(byId(fixture.nativeElement, 'finding-form').length).toBe(0);

    page.start('decide', 'l1');
    page.approve = true;
    page.chosen = { bidding: true, permits: false, 'fiscal-funds': true };
    page.reasons = 'decided';
    page.decide(listing());
    fixture.detectChanges();
    expect(api.decide).toHaveBeenCalledWith('l1', { approve: true, reasons: 'decided', restrictions: ['bidding', 'fiscal-funds'] });
    expect(byId(fixture.nativeElement, 'action-error')[0].textContent).toContain('列入失信名单须至少选择一项惩戒措施。');
  });
});

describe('CreditCheckPage', () => {
  it('refuses a code with a wrong checksum without asking the server', () => {
    const api = { check: vi.fn() };
    setUp(['Dalad.Credit.Check'], api);
    const fixture = TestBed.createComponent(CreditCheckPage);
    fixture.componentInstance.code = '91350100M000100Y44';
    fixture.componentInstance.check();
    fixture.detectChanges();
    expect(api.check).not.toHaveBeenCalled();
    expect(byId(fixture.nativeElement, 'check-error')[0].textContent).toContain('Check:InvalidCode');
  });

  it('answers listed, with its restrictions and since when, for a code typed in lower case', () => {
    const api = {
      check: vi.fn(() => of({ creditCode: '91350100M000100Y43', listed: true, employerName: 'Firm A', restrictions: ['bidding'], since: '2026-06-01', until: '2029-06-01', checkedAt: '2026-06-02T01:00:00Z' })),
    };
    setUp(['Dalad.Credit.Check'], api);
    const fixture = TestBed.createComponent(CreditCheckPage);
    fixture.componentInstance.code = '91350100m000100y43';
    fixture.componentInstance.check();
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(api.check).toHaveBeenCalledWith('91350100M000100Y43');
    expect(byId(el, 'check-listed').length).toBe(1);
    expect(byId(el, 'check-since')[0].textContent).toContain('2026-06-01');
    expect(el.querySelector('[data-restriction="bidding"]')?.textContent).toContain('Restriction:Bidding');
  });

  it('answers not listed', () => {
    const api = { check: vi.fn(() => of({ creditCode: '911100001000080343', listed: false, employerName: null, restrictions: [], since: null, until: null, checkedAt: '2026-06-02T01:00:00Z' })) };
    setUp(['Dalad.Credit.Check'], api);
    const fixture = TestBed.createComponent(CreditCheckPage);
    fixture.componentInstance.code = '911100001000080343';
    fixture.componentInstance.check();
    fixture.detectChanges();
    expect(byId(fixture.nativeElement, 'check-not-listed').length).toBe(1);
  });
});
