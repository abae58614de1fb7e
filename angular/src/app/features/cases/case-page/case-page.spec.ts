import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { of, throwError } from 'rxjs';
import { CaseDetail } from '../cases-api';
import { caseDetail, provideCasesTesting } from '../testing/cases-testing';
import { CasePage } from './case-page';

async function setup(detail: CaseDetail, myBodies: string[], options: { policies?: Record<string, boolean>; supervises?: boolean; act?: unknown } = {}) {
  const toaster = { success: vi.fn(), error: vi.fn() };
  const api = {
    getDetail: vi.fn(() => of(detail)),
    getSms: vi.fn(() => of([{ id: 's1', template: 'received', maskedPhone: '138****5678', text: 'Your complaint was received', sentAt: '2026-02-13T02:05:00Z' }])),
    act: options.act ?? vi.fn(() => of(detail)),
  };
  TestBed.configureTestingModule({
    providers: [
      ...provideCasesTesting({ api, myBodies, policies: options.policies, supervises: options.supervises, toaster }),
      provideRouter([{ path: 'cases/:id', component: CasePage }]),
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/cases/c1', CasePage);
  harness.detectChanges();
  await harness.fixture.whenStable();
  harness.detectChanges();
  const el: HTMLElement = harness.routeNativeElement!;
  const q = (selector: string) => el.querySelector(selector) as HTMLElement | null;
  const type = (field: string, value: string) => {
    const input = q(`[data-field="${field}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    harness.detectChanges();
  };
  const click = (selector: string) => {
    q(selector)!.click();
    harness.detectChanges();
  };
  return { harness, el, q, api, toaster, type, click };
}

describe('CasePage', () => {
  it('shows the case: status, owners with who leads, due times with the running countdown, timeline and SMS log', async () => {
    const { q, el, api } = await setup(caseDetail(), ['housing']);
    expect(api.getDetail).toHaveBeenCalledWith('c1');
    expect(q('[data-testid="case-status"]')?.textContent).toContain('Dalad::CaseStatus:received');
    expect(q('[data-testid="owner-industry"]')?.textContent).toContain('Housing bureau');
    expect(q('[data-testid="owner-industry"]')?.textContent).toContain('Dalad::Cases:MyRole:Lead');
    expect(q('[data-testid="owner-territorial"]')?.textContent).toContain('Town A');
    expect(q('[data-testid="owner-territorial"]')?.textContent).toContain('Dalad::Cases:MyRole:Assist');
    expect(q('[data-testid="due-receive"] [data-testid="due-time"]')?.textContent).toBe('2026-02-14 23:59');
    expect(q('[data-testid="due-receive"] [data-testid="countdown"]')?.getAttribute('data-state')).toBe('due-soon');
    expect(q('[data-testid="due-handle"] [data-testid="countdown"]')).toBeNull();
    expect([...el.querySelectorAll('[data-testid="timeline"] li')].map(li => li.getAttribute('data-type'))).toEqual(['opened', 'sms-sent']);
    expect(q('[data-testid="timeline"] li[data-type="opened"]')?.textContent).toContain('Dalad::Cases:Event:Opened');
    // Who acted: the person's name and the body's name, not the login name or the body's code.
    expect(q('[data-testid="timeline"] li[data-type="opened"] [data-testid="event-user"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Wang Fang · Housing bureau');
    expect(q('[data-testid="timeline"] li[data-type="sms-sent"] [data-testid="event-user"]')).toBeNull();
    expect(el.querySelectorAll('[data-testid="sms-log"] tr').length).toBe(1);
    expect(q('[data-testid="sms-log"] tr')?.textContent).toContain('138****5678');
    expect(q('[data-testid="complainant-phone"]')?.textContent).toBe('138****5678');
    expect(q('[data-testid="possibly-false"]')).toBeNull();
  });

  it('offers the lead owner the next steps, and not the assisting owner', async () => {
    const lead = await setup(caseDetail(), ['housing']);
    expect([...lead.el.querySelectorAll('button[data-action]')].map(b => b.getAttribute('data-action'))).toEqual(['sign', 'transfer']);
    TestBed.resetTestingModule();
    const assist = await setup(caseDetail(), ['town-a']);
    expect(assist.q('button[data-action="sign"]')).toBeNull();
  });

  it('signs after confirming, shows the answer and a toast', async () => {
    const signed = caseDetail({ step: 'accept', nextActions: ['accept', 'reject'] }, 'reviewing');
    const act = vi.fn(() => of(signed));
    const { q, click, toaster, api } = await setup(caseDetail(), ['housing'], { act });
    click('button[data-action="sign"]');
    expect(q('[data-testid="action-form"]')).not.toBeNull();
    click('[data-testid="action-submit"]');
    expect(act).toHaveBeenCalledWith('c1', { path: 'sign', body: {} });
    expect(toaster.success).toHaveBeenCalled();
    expect(q('[data-testid="action-form"]')).toBeNull();
    expect(q('[data-testid="case-status"]')?.textContent).toContain('Dalad::CaseStatus:reviewing');
    expect(q('button[data-action="reject"]')).not.toBeNull();
    expect(api.getSms).toHaveBeenCalledTimes(2);
  });

  it('refuses to send a refusal without a written opinion', async () => {
    const reviewing = caseDetail({ step: 'accept', nextActions: ['accept', 'reject'] }, 'reviewing');
    const { q, click, type, act } = await setup(reviewing, ['housing']).then(s => ({ ...s, act: s.api.act }));
    click('button[data-action="reject"]');
    click('[data-testid="action-submit"]');
    expect(act).not.toHaveBeenCalled();
    expect(q('[data-problem-field="opinion"]')?.textContent).toContain('Dalad::Cases:Form:Required');
    // The summary on top names the field and moves the focus to it.
    expect(q('[data-testid="action-summary"]')?.textContent).toContain('Dalad::Form:FieldProblem');
    q('[data-testid="action-summary"] [data-problem-id="action-opinion"]')!.click();
    expect(document.activeElement?.id).toBe('action-opinion');
    // The refused field is outlined; its counter shows the server's limit.
    expect(q('#action-opinion')?.classList).toContain('is-invalid');
    expect(q('#action-opinion')?.getAttribute('maxlength')).toBe('4000');
    type('opinion', 'Not a wage matter');
    expect(q('[data-problem-field="opinion"]')).toBeNull();
    expect(q('[data-testid="action-summary"]')).toBeNull();
    expect(q('#action-opinion')?.classList).not.toContain('is-invalid');
    expect(q('#action-opinion-count')?.textContent?.trim()).toBe('17/4000');
    click('[data-testid="action-submit"]');
    // A refusal ends the case: it asks once more before it is sent.
    expect(act).not.toHaveBeenCalled();
    expect(q('[data-testid="action-confirmation"]')?.textContent).toContain('Dalad::Cases:Confirm:reject');
    click('[data-testid="action-confirm"]');
    expect(act).toHaveBeenCalledWith('c1', { path: 'reject', body: { opinion: 'Not a wage matter' } });
  });

  it('resolves with the result and the amount', async () => {
    const handling = caseDetail({ step: 'handle', nextActions: ['record-part', 'resolve', 'request-extension'] }, 'handling');
    const { click, type, api, q } = await setup(handling, ['housing']);
    click('button[data-action="resolve"]');
    click('[data-testid="action-submit"]');
    expect(q('[data-problem-field="result"]')).not.toBeNull();
    expect(q('[data-problem-field="amountRecovered"]')).not.toBeNull();
    expect([...(q('[data-testid="action-summary"]')?.querySelectorAll('[data-problem-id]') ?? [])].map(b => b.getAttribute('data-problem-id'))).toEqual([
      'action-result',
      'action-amountRecovered',
    ]);
    type('result', 'Paid in full');
    type('amountRecovered', '12000.50');
    click('[data-testid="action-submit"]');
    expect(api.act).toHaveBeenCalledWith('c1', { path: 'resolve', body: { result: 'Paid in full', amountRecovered: 12000.5 } });
  });

  it('resolves with arrears established: the employer is required, the code and the reason go with it', async () => {
    const handling = caseDetail({ step: 'handle', nextActions: ['record-part', 'resolve'] }, 'handling');
    const { click, type, api, q } = await setup(handling, ['housing']);
    click('button[data-action="resolve"]');
    expect(q('[data-field="employerName"]')).toBeNull();
    click('[data-field="arrearsEstablished"]');
    expect(q('[data-field="employerName"]')).not.toBeNull();
    type('result', 'Arrears found');
    type('amountRecovered', '0');
    click('[data-testid="action-submit"]');
    expect(q('[data-problem-field="employerName"]')).not.toBeNull();
    expect(api.act).not.toHaveBeenCalled();
    type('employerName', 'Hengtong Construction');
    type('noOrderReason', 'Paid on the spot');
    click('[data-testid="action-submit"]');
    expect(api.act).toHaveBeenCalledWith('c1', {
      path: 'resolve',
      body: {
        result: 'Arrears found',
        amountRecovered: 0,
        arrearsEstablished: true,
        employerName: 'Hengtong Construction',
        creditCode: null,
        noOrderReason: 'Paid on the spot',
      },
    });
  });

  it('keeps the form and shows the server’s message when the action is refused', async () => {
    const handling = caseDetail({ step: 'handle', nextActions: ['record-part', 'resolve'] }, 'handling');
    const act = vi.fn(() => throwError(() => ({ status: 409, error: { title: 'Conflict', detail: 'Case DLT-2026-000001 cannot be resolved yet' } })));
    const { click, type, q, toaster } = await setup(handling, ['housing'], { act });
    click('button[data-action="resolve"]');
    type('result', 'Paid');
    type('amountRecovered', '0');
    click('[data-testid="action-submit"]');
    expect(q('[data-testid="action-error"]')?.textContent).toContain('cannot be resolved yet');
    expect(q('[data-testid="action-form"]')).not.toBeNull();
    expect((q('[data-field="result"]') as HTMLTextAreaElement).value).toBe('Paid');
    expect(toaster.success).not.toHaveBeenCalled();
  });

  it('records an unsatisfied visit for the joint office and shows the possibly-false flag', async () => {
    const resolved = caseDetail({ step: 'visit', nextActions: ['visit'] }, 'resolved');
    const reopened = caseDetail({ step: 'handle', possiblyFalseClosure: true, nextActions: ['record-part', 'resolve'] }, 'handling');
    const act = vi.fn(() => of(reopened));
    const { click, q, el, type } = await setup(resolved, ['joint-office'], {
      act,
      supervises: true,
      policies: { 'Dalad.Cases.Visit': true, 'Dalad.Cases.ApproveExtension': true },
    });
    expect([...el.querySelectorAll('button[data-action]')].map(b => b.getAttribute('data-action'))).toEqual(['visit', 'transfer']);
    click('button[data-action="visit"]');
    click('[data-testid="action-submit"]');
    expect(q('[data-problem-field="satisfied"]')).not.toBeNull();
    click('input[data-field="satisfied"][value="false"]');
    type('remarks', 'Still unpaid');
    click('[data-testid="action-submit"]');
    expect(act).toHaveBeenCalledWith('c1', { path: 'visit', body: { satisfied: false, remarks: 'Still unpaid' } });
    expect(q('[data-testid="possibly-false"]')).not.toBeNull();
  });

  it('approves an extension with the permission', async () => {
    const pending = caseDetail({ step: 'handle', nextActions: ['record-part', 'resolve', 'decide-extension'] }, 'handling');
    const { click, api, el } = await setup(pending, ['joint-office'], { supervises: true, policies: { 'Dalad.Cases.ApproveExtension': true } });
    expect([...el.querySelectorAll('button[data-action]')].map(b => b.getAttribute('data-action'))).toEqual([
      'extension-approve',
      'extension-reject',
      'transfer',
    ]);
    click('button[data-action="extension-approve"]');
    click('[data-testid="action-submit"]');
    expect(api.act).toHaveBeenCalledWith('c1', { path: 'extension/approve', body: { remarks: null } });
  });

  it('transfers a role to a body that may take it, with a reason', async () => {
    const { click, q, el, api, harness } = await setup(caseDetail(), ['housing']);
    click('button[data-action="transfer"]');
    const role = q('[data-field="role"]') as HTMLSelectElement;
    role.value = 'industry';
    role.dispatchEvent(new Event('change'));
    harness.detectChanges();
    const options = [...el.querySelectorAll('[data-field="bodyCode"] option')].map(o => o.getAttribute('value'));
    expect(options).toEqual(['', 'water']);
    const body = q('[data-field="bodyCode"]') as HTMLSelectElement;
    body.value = 'water';
    body.dispatchEvent(new Event('change'));
    const reason = q('[data-field="reason"]') as HTMLTextAreaElement;
    reason.value = 'A water project';
    reason.dispatchEvent(new Event('input'));
    click('[data-testid="action-submit"]');
    expect(api.act).not.toHaveBeenCalled();
    click('[data-testid="action-confirm"]');
    expect(api.act).toHaveBeenCalledWith('c1', { path: 'transfer', body: { role: 'industry', bodyCode: 'water', reason: 'A water project' } });
  });

  it('guides the lead: the next step is the one primary button, refusing is a danger button', async () => {
    const reviewing = caseDetail({ step: 'accept', signedAt: '2026-02-13T03:00:00Z', acceptDueAt: '2099-02-27T23:59:59+08:00', nextActions: ['accept', 'reject'] }, 'reviewing');
    const { el, q } = await setup(reviewing, ['housing']);
    expect(q('button[data-action="accept"]')?.className).toContain('btn-primary');
    expect(q('button[data-action="reject"]')?.className).toContain('btn-outline-danger');
    expect(q('button[data-action="transfer"]')?.className).toContain('btn-outline-secondary');
    expect(el.querySelectorAll('[data-testid="case-actions"] .btn-primary').length).toBe(1);
    const steps = [...el.querySelectorAll('[data-testid="stepper-step"]')];
    expect(steps.map(s => s.getAttribute('data-step'))).toEqual(['receive', 'accept', 'handle', 'resolve', 'visit', 'close']);
    expect(steps.map(s => s.getAttribute('data-state'))).toEqual(['done', 'current', 'todo', 'todo', 'todo', 'todo']);
    // Signed at 11:00 on the 13th, due the 14th: on time.
    expect(steps[0].getAttribute('data-timing')).toBe('on-time');
    expect(steps[0].textContent).toContain('2026-02-13 11:00');
  });

  it('shows resolve disabled with the owners checklist until every part is in', async () => {
    const handling = caseDetail(
      {
        step: 'handle',
        nextActions: ['record-part', 'request-extension'],
        parts: [
          { role: 'industry', bodyCode: 'housing', leads: true, text: 'Met the contractor', recordedAt: '2026-02-20T02:00:00Z' },
          { role: 'territorial', bodyCode: 'town-a', leads: false, text: null, recordedAt: null },
        ],
      },
      'handling',
    );
    const { q, el } = await setup(handling, ['housing']);
    const resolve = q('button[data-action="resolve"]') as HTMLButtonElement;
    expect(resolve.disabled).toBe(true);
    const items = [...el.querySelectorAll('[data-testid="checklist-item"]')];
    expect(items.map(i => [i.getAttribute('data-role'), i.getAttribute('data-done')])).toEqual([
      ['industry', 'true'],
      ['territorial', 'false'],
    ]);
    // The lead's own part is in: recording it again is not the primary step.
    expect(q('button[data-action="parts"]')?.className).not.toContain('btn-primary');
  });

  it('formats amounts in yuan and in units of ten thousand', async () => {
    const resolved = caseDetail({ step: 'visit', resolvedAt: '2026-03-10T08:00:00Z', result: 'Paid', amountRecovered: 120000, nextActions: [] }, 'resolved');
    const { q } = await setup(resolved, ['housing']);
    expect(q('[data-testid="amount-recovered"]')?.textContent).toContain('120,000.00');
    expect(q('[data-testid="amount-recovered"]')?.textContent).toContain('12');
  });
});
