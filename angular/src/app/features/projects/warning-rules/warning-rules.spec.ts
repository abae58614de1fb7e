import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import type { WarningRuleDto } from '../../../proxy/generated/models';
import { ProjectsApi } from '../projects-api';
import { WarningRules } from './warning-rules';

const RULES: WarningRuleDto[] = [
  { key: 'account-late', name: 'Account not opened in time', threshold: 30, severity: 'high', enabled: true },
  { key: 'pay-below-attendance', name: 'Paid for fewer days than worked', threshold: 15, severity: 'medium', enabled: true },
];

function setup(overrides: Record<string, unknown> = {}) {
  const api = {
    getWarningRules: vi.fn(() => of(RULES)),
    updateWarningRule: vi.fn((key: string, body: { threshold: number; severity: string; enabled: boolean }) =>
      of({ ...RULES.find(r => r.key === key)!, ...body }),
    ),
    ...overrides,
  };
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: { 'Dalad.Warnings': true, 'Dalad.Warnings.ManageRules': true } } })),
      { provide: ProjectsApi, useValue: api },
    ],
  });
  const fixture = TestBed.createComponent(WarningRules);
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const rule = (key: string) => el.querySelector(`[data-rule="${key}"]`) as HTMLElement;
  const type = async (key: string, testid: string, value: string) => {
    const input = rule(key).querySelector(`[data-testid="${testid}"]`) as HTMLInputElement | HTMLSelectElement;
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  const submit = (key: string) => {
    rule(key).querySelector('form')!.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
  };
  return { fixture, el, api, rule, type, submit };
}

describe('WarningRules', () => {
  it('lists every rule with its threshold, localized severity and state', async () => {
    const { fixture, rule } = setup();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(rule('account-late').textContent).toContain('Account not opened in time');
    expect((rule('account-late').querySelector('[data-testid="warning-rule-threshold"]') as HTMLInputElement).value).toBe('30');
    expect(rule('pay-below-attendance').querySelector('[data-testid="warning-rule-state"]')?.textContent).toContain('Dalad::WarningList:Severity:medium');
    expect(rule('account-late').querySelector('[data-testid="warning-rule-state"]')?.textContent).toContain('Dalad::WarningRules:On');
  });

  it('saves a changed threshold, severity and switch, and shows the rule as saved', async () => {
    const { fixture, api, rule, type, submit } = setup();
    await fixture.whenStable();
    await type('pay-below-attendance', 'warning-rule-threshold', '10');
    await type('pay-below-attendance', 'warning-rule-severity', 'high');
    const enabled = rule('pay-below-attendance').querySelector('[data-testid="warning-rule-enabled"]') as HTMLInputElement;
    enabled.click();
    fixture.detectChanges();
    submit('pay-below-attendance');
    expect(api.updateWarningRule).toHaveBeenCalledWith('pay-below-attendance', { threshold: 10, severity: 'high', enabled: false });
    expect(rule('pay-below-attendance').querySelector('[data-testid="warning-rule-saved"]')).not.toBeNull();
    expect(rule('pay-below-attendance').querySelector('[data-testid="warning-rule-state"]')?.textContent).toContain('Dalad::WarningRules:Off');
  });

  it.each(['', '-1', '2.5', '400'])('refuses the threshold %s with a clear error and sends nothing', async value => {
    const { fixture, api, rule, type, submit } = setup();
    await fixture.whenStable();
    await type('account-late', 'warning-rule-threshold', value);
    submit('account-late');
    expect(api.updateWarningRule).not.toHaveBeenCalled();
    expect(rule('account-late').querySelector('[data-testid="warning-rule-error"]')?.textContent).toContain('Dalad::WarningRules:BadThreshold');
    expect(rule('pay-below-attendance').querySelector('[data-testid="warning-rule-error"]')).toBeNull();
  });

  it("shows the server's own message when it refuses a change", async () => {
    const refused = new HttpErrorResponse({ status: 400, error: { title: 'One or more validation errors occurred.', errors: { Severity: ['Unknown severity'] } } });
    const { fixture, rule, type, submit } = setup({ updateWarningRule: vi.fn(() => throwError(() => refused)) });
    await fixture.whenStable();
    await type('account-late', 'warning-rule-threshold', '20');
    submit('account-late');
    expect(rule('account-late').querySelector('[data-testid="warning-rule-error"]')?.textContent).toContain('Unknown severity');
    expect(rule('account-late').querySelector('[data-testid="warning-rule-saved"]')).toBeNull();
  });

  it('keeps the save button off until something changed', async () => {
    const { fixture, rule, type } = setup();
    await fixture.whenStable();
    const button = () => rule('account-late').querySelector('[data-testid="warning-rule-save"]') as HTMLButtonElement;
    expect(button().disabled).toBe(true);
    await type('account-late', 'warning-rule-threshold', '31');
    expect(button().disabled).toBe(false);
  });
});
