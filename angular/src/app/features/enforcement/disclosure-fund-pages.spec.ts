import { RestService } from '@abp/ng.core';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import type { AdvanceDto, DisclosureDto, PublicDisclosureDto, RevolvingFundDto } from '../../proxy/generated/models';
import { PublicDisclosures } from '../public-disclosures/public-disclosures';
import { DisclosureFundApi, previousQuarter, quarterOf } from './disclosure-fund-api';
import { DisclosuresPage } from './disclosures/disclosures-page';
import { RevolvingFundPage } from './revolving-fund/revolving-fund-page';

function fund(patch: Partial<RevolvingFundDto> = {}): RevolvingFundDto {
  return { capital: 500000, balance: 500000, committed: 0, available: 500000, outstanding: 0, movements: [], ...patch };
}

function advance(patch: Partial<AdvanceDto> = {}): AdvanceDto {
  return {
    id: 'a1', caseNumber: 'DLT-2026-0001', employerName: 'Firm A', workers: 14, amount: 120000, reason: 'urgent', status: 'requested',
    requestedAt: '2026-05-20T02:00:00Z', requestedBy: 'hrss', decisionNote: null, decidedAt: null, decidedBy: null, paidOn: null,
    recovered: 0, outstanding: 0, recoveries: [], ...patch,
  };
}

function disclosure(patch: Partial<DisclosureDto> = {}): DisclosureDto {
  return {
    id: 'd1', year: 2026, quarter: 1, status: 'draft', compiledAt: '2026-04-02T02:00:00Z', compiledBy: 'hrss', publishedAt: null, approvedBy: null,
    entries: [{ kind: 'listing', employerName: 'Firm A', creditCode: '91350100M000100Y43', facts: 'three cases', decision: 'listed', decidedOn: '2026-02-25' }],
    ...patch,
  };
}

function setUp(policies: string[], providers: unknown[]) {
  const grantedPolicies = Object.fromEntries(policies.map(p => [p, true]));
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ currentUser: { isAuthenticated: true, id: 'u' }, auth: { grantedPolicies } })),
      provideRouter([]),
      ...(providers as never[]),
    ],
  });
}

const byId = (el: HTMLElement, id: string) => el.querySelectorAll(`[data-testid="${id}"]`);
const problem = (detail: string) => new HttpErrorResponse({ status: 400, error: { title: 'Bad', detail } });

describe('quarters', () => {
  it('knows the quarter of a date and the one before it, across the year', () => {
    expect(quarterOf('2026-02-25')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-12-03')).toEqual({ year: 2026, quarter: 4 });
    expect(previousQuarter({ year: 2026, quarter: 1 })).toEqual({ year: 2025, quarter: 4 });
    expect(previousQuarter({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 2 });
  });
});

describe('RevolvingFundPage', () => {
  it('shows the balance and lets finance act on each advance by its status, but not request one', () => {
    const api = {
      fund: vi.fn(() => of(fund({ balance: 380000, committed: 50000, available: 330000, outstanding: 120000 }))),
      advances: vi.fn(() => of([advance(), advance({ id: 'a2', status: 'approved' }), advance({ id: 'a3', status: 'paid', outstanding: 120000 })])),
    };
    setUp(['Dalad.RevolvingFund', 'Dalad.RevolvingFund.Manage'], [{ provide: DisclosureFundApi, useValue: api }]);
    const fixture = TestBed.createComponent(RevolvingFundPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(byId(el, 'fund-balance-amount')[0].textContent).toContain('380000');
    expect(byId(el, 'fund-available')[0].textContent).toContain('330000');
    expect(byId(el, 'advance-decide-start').length).toBe(1);
    expect(byId(el, 'advance-pay-start').length).toBe(1);
    expect(byId(el, 'advance-recover-start').length).toBe(1);
    expect(byId(el, 'advance-status')[0].textContent).toContain('Advance:Requested');
    expect(byId(el, 'capital-form').length).toBe(1);
    expect(byId(el, 'advance-form').length).toBe(0);
  });

  it('lets HRSS request but not decide, keeps the form on a refusal and reloads the balance after a request', () => {
    const api = {
      fund: vi.fn(() => of(fund())),
      advances: vi.fn(() => of([advance()])),
      requestAdvance: vi.fn(() => throwError(() => problem('垫付金额超过周转金可用余额。'))),
    };
    setUp(['Dalad.RevolvingFund', 'Dalad.RevolvingFund.Request'], [{ provide: DisclosureFundApi, useValue: api }]);
    const fixture = TestBed.createComponent(RevolvingFundPage);
    fixture.detectChanges();
    const page = fixture.componentInstance;
    const el: HTMLElement = fixture.nativeElement;
    expect(byId(el, 'advance-decide-start').length).toBe(0);
    expect(byId(el, 'capital-form').length).toBe(0);

    page.request = { caseNumber: 'DLT-2026-0001', employerName: 'Firm A', workers: 14, amount: 9000000, reason: 'urgent' };
    page.requestAdvance();
    fixture.detectChanges();
    expect(byId(el, 'advance-form-error')[0].textContent).toContain('可用余额');
    expect(page.request.amount).toBe(9000000);
    expect(api.fund).toHaveBeenCalledTimes(1);

    api.requestAdvance.mockReturnValue(of(advance({ id: 'a9' })) as never);
    page.request.amount = 90000;
    page.requestAdvance();
    expect(api.requestAdvance).toHaveBeenLastCalledWith({ caseNumber: 'DLT-2026-0001', employerName: 'Firm A', workers: 14, amount: 90000, reason: 'urgent' });
    expect(api.fund).toHaveBeenCalledTimes(2);
    expect(page.request.amount).toBeNull();
  });
});

describe('DisclosuresPage', () => {
  it('offers approval of a draft only with the approve permission, and a recompiled quarter replaces its row', () => {
    const api = {
      disclosures: vi.fn(() => of([disclosure()])),
      compile: vi.fn(() => of(disclosure({ id: 'd1', entries: [] }))),
    };
    setUp(['Dalad.Disclosures', 'Dalad.Disclosures.Compile'], [{ provide: DisclosureFundApi, useValue: api }]);
    const fixture = TestBed.createComponent(DisclosuresPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(byId(el, 'disclosure-draft-entry').length).toBe(1);
    expect(byId(el, 'disclosure-approve').length).toBe(0);

    const page = fixture.componentInstance;
    page.year = 2026;
    page.quarter = 1;
    page.compile();
    fixture.detectChanges();
    expect(api.compile).toHaveBeenCalledWith({ year: 2026, quarter: 1 });
    expect(byId(el, 'disclosure-draft').length).toBe(1);
    expect(byId(el, 'disclosure-draft-entry').length).toBe(0);
  });
});

describe('PublicDisclosures', () => {
  function publicPage(answer: () => unknown) {
    const rest = { request: vi.fn(answer) };
    setUp([], [{ provide: RestService, useValue: rest }]);
    const fixture = TestBed.createComponent(PublicDisclosures);
    fixture.detectChanges();
    return { fixture, rest, el: fixture.nativeElement as HTMLElement };
  }

  it('says in its own words that a quarter is not published when the server answers 404', () => {
    const { el } = publicPage(() => throwError(() => new HttpErrorResponse({ status: 404 })));
    expect(byId(el, 'disclosure-not-published')[0].textContent).toContain('PublicDisclosures:NotPublished');
    expect(byId(el, 'disclosure-export').length).toBe(0);
  });

  it('lists the published entries of the chosen quarter with the link to its workbook', () => {
    const published: PublicDisclosureDto = { year: 2026, quarter: 1, publishedAt: '2026-04-02T02:00:00Z', entries: disclosure().entries };
    const { fixture, rest, el } = publicPage(() => of(published));
    fixture.componentInstance.year = 2026;
    fixture.componentInstance.quarter = 1;
    fixture.componentInstance.load();
    fixture.detectChanges();
    expect(rest.request).toHaveBeenLastCalledWith(
      expect.objectContaining({ url: '/api/public/disclosures', params: { year: 2026, quarter: 1 } }),
      expect.anything(),
    );
    expect(byId(el, 'disclosure-employer')[0].textContent).toContain('Firm A');
    expect(byId(el, 'disclosure-code')[0].textContent).toContain('91350100M000100Y43');
    expect(byId(el, 'disclosure-export')[0].getAttribute('href')).toBe('/api/public/disclosures/export?year=2026&quarter=1');
  });
});
