import { ABP, RoutesService } from '@abp/ng.core';
import { TestBed } from '@angular/core/testing';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { enforcementMenu } from './enforcement.feature';
import { order } from './testing/enforcement-testing';
import { isValidCreditCode, labelKey, mayRefer, nextPenaltyStep, nextReferralStatus, normaliseCreditCode, orderState } from './enforcement-logic';


describe('credit codes (the server rule of Domain/CreditCodes.cs)', () => {
  it('accepts the codes the server accepts, typed in lower case, with spaces or full width', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('911100001000080343')).toBe(true);
    expect(isValidCreditCode(' 91350100m000100y43 ')).toBe(true);
    expect(isValidCreditCode('\uff19\uff11350100M000100Y43')).toBe(true);
    expect(normaliseCreditCode(' 9135 0100m000100y43')).toBe('91350100M000100Y43');
  });

  it('refuses a wrong check character, a wrong length and a letter outside the alphabet', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('91350100I000100Y43')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
    expect(isValidCreditCode(null)).toBe(false);
  });
});

describe('steps and states', () => {
  it('moves a penalty case and a referral one step at a time, and stops at the end', () => {
    expect(nextPenaltyStep('filed')).toBe('investigated');
    expect(nextPenaltyStep('decided')).toBe('executed');
    expect(nextPenaltyStep('executed')).toBeNull();
    expect(nextReferralStatus('received')).toBe('filed');
    expect(nextReferralStatus('judged')).toBeNull();
  });

  it('offers a referral only for a lapsed order to pay not yet referred', () => {
    expect(mayRefer(order({ lapsed: true }), new Set())).toBe(true);
    expect(mayRefer(order({ lapsed: true }), new Set(['o1']))).toBe(false);
    expect(mayRefer(order({ lapsed: false, servedOn: '2026-05-02' }), new Set())).toBe(false);
    expect(mayRefer(order({ kind: 'rectify', lapsed: true }), new Set())).toBe(false);
  });

  it('names an order by what comes next: to serve, running, lapsed, complied', () => {
    expect(orderState(order())).toBe('issued');
    expect(orderState(order({ servedOn: '2026-05-02' }))).toBe('served');
    expect(orderState(order({ servedOn: '2026-05-02', lapsed: true }))).toBe('lapsed');
    expect(orderState(order({ servedOn: '2026-05-02', outcome: 'complied' }))).toBe('complied');
  });

  it('never shows a raw status code', () => {
    expect(labelKey('referral', 'received')).toBe('Dalad::Enforcement:Referral:Received');
    expect(labelKey('restriction', 'fiscal-funds')).toBe('Dalad::Enforcement:Restriction:FiscalFunds');
    expect(labelKey('listing', 'something-new')).toBe('Dalad::Enforcement:Unknown');
  });
});

describe('enforcement menu', () => {
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

  it('shows each body only the pages its role may use', () => {
    expect(visible({})).toEqual([]);
    // The police: their inbox only.
    expect(visible({ 'Dalad.Referrals': true, 'Dalad.Referrals.Handle': true })).toEqual(['/enforcement/inbox']);
    // The trading centre: the check only.
    expect(visible({ 'Dalad.Credit.Check': true })).toEqual(['/enforcement/credit-check']);
    // HRSS labour inspection and its credit proposer.
    expect(
      visible({ 'Dalad.Orders': true, 'Dalad.Orders.Manage': true, 'Dalad.Referrals': true, 'Dalad.Referrals.Create': true, 'Dalad.Credit': true, 'Dalad.Credit.Propose': true, 'Dalad.Credit.Check': true }),
    ).toEqual(['/enforcement/orders', '/enforcement/referrals', '/enforcement/credit', '/enforcement/credit-check']);
  });
});
