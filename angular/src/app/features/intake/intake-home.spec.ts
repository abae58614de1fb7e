import { HttpErrorResponse, HttpResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { IntakeApi, LeadDto, RoutingProposal } from './intake-api';
import { IntakeHome } from './intake-home';
import { leadDto } from '../cases/testing/cases-testing';

const unsure: RoutingProposal = {
  territory: { code: '150621100', name: 'Shulinzhao', bodyCode: 'town-a', confidence: 0.4, evidence: [{ kind: 'territory-name', matched: 'Shulinzhao', source: 'Shulinzhao' }] },
  industry: { code: null, name: null, bodyCode: null, confidence: 0, evidence: [] },
  alternatives: [{ role: 'industry', code: 'housing', name: 'Housing', confidence: 0.3, evidence: [] }],
  needsDispatcher: true,
  matrixVersion: 7,
};

const lead: LeadDto = leadDto('l1', 'T-1', { text: 'wages at Shulinzhao', routing: unsure, needsDispatcher: true });

function setup(status = 201) {
  const api = {
    preview: vi.fn(() => of(unsure)),
    createLead: vi.fn(() => of(new HttpResponse({ status, body: lead }))),
    confirm: vi.fn(() => of({ case: { id: 'c1', number: 'DLT-2026-000001', status: 'received', assignments: [] } })),
    getTerritories: vi.fn(() => of({ totalCount: 1, items: [{ code: '150621101', name: 'Other', kind: 'town', bodyCode: 'town-b' }] })),
    getBodies: vi.fn(() => of({ totalCount: 1, items: [{ code: 'housing', name: 'Housing', kind: 'industry', isActive: true }] })),
  };
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: { 'Dalad.Leads': true, 'Dalad.Leads.Create': true, 'Dalad.Leads.Dispatch': true } } })),
      provideRouter([]),
      { provide: IntakeApi, useValue: api },
    ],
  });
  const fixture = TestBed.createComponent(IntakeHome);
  fixture.detectChanges();
  const el: HTMLElement = fixture.nativeElement;
  const type = (testId: string, value: string) => {
    const input = el.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  return { fixture, el, api, type, page: fixture.componentInstance };
}

describe('IntakeHome', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the proposal while typing, with highlighted evidence and the dispatcher banner', () => {
    const { fixture, el, api, type } = setup();
    type('intake-text', 'wages at Shulinzhao');
    vi.advanceTimersByTime(399);
    expect(api.preview).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    fixture.detectChanges();
    expect(api.preview).toHaveBeenCalledWith('wages at Shulinzhao', '');
    expect(el.querySelector('[data-testid="needs-dispatcher"]')?.textContent).toContain('Dalad::Intake:Proposal:NeedsDispatcher');
    expect(el.querySelector('[data-testid="highlighted-text"] mark')?.textContent).toBe('Shulinzhao');
    expect(el.querySelector('[data-testid="proposal-alternatives"]')?.textContent).toContain('Housing');
    expect(el.querySelector('[data-testid="proposal-alternatives"]')?.textContent).not.toContain('housing');
  });

  it('says "already registered" when the ticket was registered before (200)', () => {
    const { fixture, el, page } = setup(200);
    page.form.setValue({ ...page.form.getRawValue(), ticketNumber: 'T-1', text: 'wages', phone: '13812345678' });
    page.submit();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="already-registered"]')).not.toBeNull();
  });

  it('asks for a reason before sending a correction', () => {
    const { fixture, el, page, api } = setup();
    page.form.setValue({ ...page.form.getRawValue(), ticketNumber: 'T-1', text: 'wages', phone: '13812345678' });
    page.submit();
    fixture.detectChanges();
    page.confirmForm.setValue({ territoryCode: '150621101', industryBodyCode: 'housing', reason: '' });
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="confirm-reason"]')).not.toBeNull();
    page.confirm();
    fixture.detectChanges();
    expect(api.confirm).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="confirm-problem"]')?.textContent).toContain('Dalad::Intake:Confirm:ReasonRequired');

    page.confirmForm.controls.reason.setValue('works in the next town');
    page.confirm();
    fixture.detectChanges();
    expect(api.confirm).toHaveBeenCalledWith('l1', { territoryCode: '150621101', industryBodyCode: 'housing', reason: 'works in the next town' });
    expect(el.querySelector('[data-testid="confirmed"]')).not.toBeNull();
  });

  it('counts the text against the API limit and enforces it in the browser', () => {
    const { fixture, el, type } = setup();
    type('intake-text', 'abc');
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="intake-text-count"]')?.textContent).toContain('3/4000');
    expect(el.querySelector('#intake-text')?.getAttribute('maxlength')).toBe('4000');
    expect(el.querySelector('#intake-address')?.getAttribute('maxlength')).toBe('500');
    expect(el.querySelector('#intake-ticket')?.getAttribute('maxlength')).toBe('64');
  });

  it('refuses an incomplete or too long form in the browser: the fields outlined, a summary on top, nothing sent', () => {
    const { fixture, el, api, type, page } = setup();
    type('intake-text', 'x'.repeat(4001));
    el.querySelector<HTMLButtonElement>('[data-testid="intake-submit"]')!.click();
    fixture.detectChanges();

    expect(api.createLead).not.toHaveBeenCalled();
    expect(el.querySelector('#intake-ticket')?.classList).toContain('is-invalid');
    expect(el.querySelector('#intake-text')?.classList).toContain('is-invalid');
    expect(el.querySelector('#intake-address')?.classList).not.toContain('is-invalid');
    expect(page.problems().map(p => [p.id, p.problemKey, p.args])).toEqual([
      ['intake-ticket', 'Dalad::Form:Required', []],
      ['intake-text', 'Dalad::Form:TooLong', ['4000', '4001']],
      ['intake-phone', 'Dalad::Form:Required', []],
    ]);
    const summary = el.querySelector('[data-testid="intake-summary"]')!;
    expect(summary.querySelectorAll('li').length).toBe(3);
    expect(summary.textContent).toContain('Dalad::Form:FieldProblem');
  });

  it('keeps the proposal when the server refuses the submit', () => {
    const { fixture, el, api, type } = setup();
    api.createLead.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 400, error: { detail: '「电话」格式不正确。' } })) as never);
    for (const [id, value] of [['intake-ticket', 'T-9'], ['intake-phone', '123']]) {
      const input = el.querySelector<HTMLInputElement>('#' + id)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    type('intake-text', 'wages at Shulinzhao');
    vi.advanceTimersByTime(400);
    fixture.detectChanges();
    el.querySelector<HTMLButtonElement>('[data-testid="intake-submit"]')!.click();
    fixture.detectChanges();

    expect(api.createLead).toHaveBeenCalled();
    expect(el.querySelector('[data-testid="intake-error"]')?.textContent).toContain('「电话」格式不正确。');
    expect(el.querySelector('dalad-proposal-panel')).not.toBeNull();
    expect(el.querySelector<HTMLTextAreaElement>('#intake-text')!.value).toBe('wages at Shulinzhao');
  });
});
