import { TestBed } from '@angular/core/testing';
import { ABP, RoutesService } from '@abp/ng.core';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import { enforcementMenu } from '../enforcement.feature';
import { asksSettled, BACKLOG_CHANNEL_KEYS, BACKLOG_STEP_KEYS, parseAmount } from './backlog-logic';

describe('backlog logic', () => {
  it('asks "settled?" only at the last step, and only when the step does not say it by itself', () => {
    expect(asksSettled('awarded', true)).toBe(true);
    expect(asksSettled('executed', true)).toBe(true);
    expect(asksSettled('agreed', true)).toBe(false);
    expect(asksSettled('mediation-failed', true)).toBe(false);
    expect(asksSettled('heard', false)).toBe(false);
  });

  it('reads an amount in yuan with at most two decimals', () => {
    expect(parseAmount('420000')).toBe(420000);
    expect(parseAmount(' 0 ')).toBe(0);
    expect(parseAmount('12.5')).toBe(12.5);
    expect(parseAmount('12.345')).toBeNull();
    expect(parseAmount('-1')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });

  it('names every channel and step the server knows', () => {
    expect(Object.keys(BACKLOG_CHANNEL_KEYS)).toEqual(['mediation', 'judicial-confirmation', 'arbitration', 'litigation']);
    expect(Object.keys(BACKLOG_STEP_KEYS).length).toBe(14);
  });
});

describe('enforcement menu: backlog cases', () => {
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

  it('shows the flagging body the backlog page and the receiving body its inbox', () => {
    expect(visible({ 'Dalad.Backlog': true, 'Dalad.Backlog.Flag': true })).toEqual(['/enforcement/backlog']);
    expect(visible({ 'Dalad.Backlog': true, 'Dalad.Backlog.Handle': true })).toEqual(['/enforcement/backlog-inbox']);
  });
});
