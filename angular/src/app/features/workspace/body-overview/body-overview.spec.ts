import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import { CasesApi } from '../../cases/cases-api';
import { caseDto } from '../../cases/testing/cases-testing';
import { BodyOverview } from './body-overview';

describe('BodyOverview', () => {
  it("shows the body's details and, without permissions, an empty to-do list", () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), ...provideAbpFakes(new FakeConfigState({}))] });
    const fixture = TestBed.createComponent(BodyOverview);
    fixture.componentRef.setInput('entry', { bodyCode: 'housing', bodyName: 'Housing bureau', kind: 'industry', workspace: 'generic' });
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(el.querySelector('[data-testid="body-name"]')?.textContent).toBe('Housing bureau');
    expect(el.textContent).toContain('[Dalad::BodyKind:industry|industry]');
    // The body's English code is for administrators (responsibility pages), not for the clerk's workspace.
    expect(el.textContent).not.toContain('housing');
    expect(el.querySelector('[data-testid="todo-empty"]')?.textContent).toBe('[Dalad::Workspace:Todo:Empty]');
  });

  it("shows the body's open cases in the to-do card", () => {
    const list = vi.fn(() => of({ totalCount: 1, items: [caseDto('DLT-2026-000001')] }));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: { 'Dalad.Cases': true } } })),
        { provide: CasesApi, useValue: { list, getCounts: () => of({ overdue: 0, dueSoon: 0, openReminders: 0 }) } },
      ],
    });
    const fixture = TestBed.createComponent(BodyOverview);
    fixture.componentRef.setInput('entry', { bodyCode: 'housing', bodyName: 'Housing bureau', kind: 'industry', workspace: 'generic' });
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(list).toHaveBeenCalledWith({ bodyCode: 'housing', skipCount: 0, maxResultCount: 5 });
    expect(el.querySelector('[data-testid="todo-case"]')?.getAttribute('data-case-number')).toBe('DLT-2026-000001');
    expect(el.querySelector('[data-testid="todo-empty"]')).toBeNull();
    expect(el.querySelector('[data-testid="body-name"]')?.textContent).toBe('Housing bureau');
  });
});
