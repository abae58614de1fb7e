import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import { ProjectsApi } from '../projects-api';
import { warningDto } from '../testing/projects-testing';
import { WarningList } from './warning-list';

function setup(policies: Record<string, boolean>, overrides: Record<string, unknown> = {}) {
  const api = {
    getBodies: vi.fn(() => of({ totalCount: 2, items: [{ code: 'roads', name: 'Roads bureau' }, { code: 'town-a', name: 'Town A government' }] })),
    getWarnings: vi.fn(() => of([warningDto('w1'), warningDto('w2', { status: 'closed', closedNote: 'Opened late', ruleKey: 'deposit-late' })])),
    handleWarning: vi.fn((id: string, note: string) => of(warningDto(id, { status: 'handled', handledNote: note }))),
    closeWarning: vi.fn((id: string, note: string) => of(warningDto(id, { status: 'closed', closedNote: note }))),
    warningToCase: vi.fn((id: string) => of({ warningId: id, caseId: 'case-9', caseNumber: 'DLT-2026-000009' })),
    ...overrides,
  };
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: policies } })),
      provideRouter([]),
      { provide: ProjectsApi, useValue: api },
    ],
  });
  const fixture = TestBed.createComponent(WarningList);
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const click = (selector: string) => {
    (el.querySelector(selector) as HTMLElement).click();
    fixture.detectChanges();
  };
  return { fixture, el, api, click };
}

const HANDLER = { 'Dalad.Warnings': true, 'Dalad.Warnings.Handle': true };

describe('WarningList', () => {
  it('lists the open warnings of my bodies with localized status and severity, evidence and owners', () => {
    const { el, api } = setup({ 'Dalad.Warnings': true });
    expect(api.getWarnings).toHaveBeenCalledWith({ bodyCode: null, status: 'open' });
    const w = el.querySelector('[data-warning-id="w1"]')!;
    expect(w.querySelector('[data-testid="warning-status"]')?.textContent).toContain('Dalad::WarningList:Status:open');
    expect(w.querySelector('[data-testid="warning-severity"]')?.textContent).toContain('Dalad::WarningList:Severity:high');
    expect(w.querySelector('[data-testid="warning-evidence"]')?.textContent).toContain('Days late');
    expect(w.textContent).toContain('Roads bureau');
    expect(w.textContent).toContain('Town A government');
    expect(el.querySelector('[data-warning-id="w2"] [data-testid="warning-closed-note"]')).not.toBeNull();
  });

  it('shows no action without Dalad.Warnings.Handle', () => {
    const { el } = setup({ 'Dalad.Warnings': true });
    expect(el.querySelector('[data-testid="warning-handle"], [data-testid="warning-close"], [data-testid="warning-to-case"]')).toBeNull();
  });

  it('filters by body and status', () => {
    const { fixture, api } = setup(HANDLER);
    fixture.componentInstance.bodyCode = 'roads';
    fixture.componentInstance.status = 'handled';
    fixture.componentInstance.load();
    expect(api.getWarnings).toHaveBeenLastCalledWith({ bodyCode: 'roads', status: 'handled' });
  });

  it('handles a warning only with a note', () => {
    const { fixture, el, api, click } = setup(HANDLER);
    click('[data-warning-id="w1"] [data-testid="warning-handle"]');
    click('[data-warning-id="w1"] [data-testid="warning-confirm"]');
    expect(el.querySelector('[data-testid="warning-note-missing"]')).not.toBeNull();
    expect(api.handleWarning).not.toHaveBeenCalled();
    fixture.componentInstance.note = 'Contractor told to open the account';
    click('[data-warning-id="w1"] [data-testid="warning-confirm"]');
    expect(api.handleWarning).toHaveBeenCalledWith('w1', 'Contractor told to open the account');
    const w = el.querySelector('[data-warning-id="w1"]')!;
    expect(w.querySelector('[data-testid="warning-status"]')?.textContent).toContain('Dalad::WarningList:Status:handled');
    expect(w.querySelector('[data-testid="warning-handle"]')).toBeNull();
    expect(w.querySelector('[data-testid="warning-close"]')).not.toBeNull();
  });

  it('closes a warning with a note; a closed warning offers no action', () => {
    const { fixture, el, api, click } = setup(HANDLER);
    expect(el.querySelector('[data-warning-id="w2"] [data-testid="warning-close"]')).toBeNull();
    click('[data-warning-id="w1"] [data-testid="warning-close"]');
    fixture.componentInstance.note = 'Account opened';
    click('[data-warning-id="w1"] [data-testid="warning-confirm"]');
    expect(api.closeWarning).toHaveBeenCalledWith('w1', 'Account opened');
    expect(el.querySelector('[data-warning-id="w1"] [data-testid="warning-to-case"]')).toBeNull();
  });

  it('turns a warning into a case and links the case', () => {
    const { el, api, click } = setup(HANDLER);
    click('[data-warning-id="w1"] [data-testid="warning-to-case"]');
    expect(api.warningToCase).toHaveBeenCalledWith('w1');
    const link = el.querySelector('[data-warning-id="w1"] [data-testid="warning-case-link"]')!;
    expect(link.getAttribute('href')).toBe('/cases/case-9');
    expect(link.textContent).toContain('DLT-2026-000009');
    expect(el.querySelector('[data-warning-id="w1"] [data-testid="warning-to-case"]')).toBeNull();
  });

  it("shows the server's refusal beside the warning", () => {
    const { el, click } = setup(HANDLER, { warningToCase: vi.fn(() => throwError(() => ({ error: { detail: '该预警已关闭。' } }))) });
    click('[data-warning-id="w1"] [data-testid="warning-to-case"]');
    expect(el.querySelector('[data-warning-id="w1"] [data-testid="warning-action-error"]')?.textContent).toContain('该预警已关闭。');
  });
});
