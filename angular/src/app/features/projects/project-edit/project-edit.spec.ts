import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import { ProjectsApi } from '../projects-api';
import { projectDetail } from '../testing/projects-testing';
import { ProjectEdit, splitAliases } from './project-edit';

function setup(updateProject: () => unknown) {
  const api = { updateProject: vi.fn(updateProject) };
  TestBed.configureTestingModule({
    providers: [...provideAbpFakes(new FakeConfigState({})), { provide: ProjectsApi, useValue: api }],
  });
  const fixture = TestBed.createComponent(ProjectEdit);
  fixture.componentRef.setInput('project', projectDetail({ aliases: ['Old bridge'] }));
  fixture.detectChanges();
  const saved = vi.fn();
  fixture.componentInstance.saved.subscribe(saved);
  return { fixture, el: fixture.nativeElement as HTMLElement, api, saved, component: fixture.componentInstance };
}

function type(el: HTMLElement, id: string, value: string) {
  const input = el.querySelector<HTMLInputElement | HTMLSelectElement>('#' + id)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

describe('splitAliases', () => {
  it('splits on 、 commas and new lines and drops blanks', () => {
    expect(splitAliases(' 老桥、新桥 ,东段\n\n')).toEqual(['老桥', '新桥', '东段']);
  });
});

describe('ProjectEdit', () => {
  it('sends the wage account, the deposit, the guarantee and a new subcontractor, and hands back the saved project', () => {
    const updated = projectDetail({ name: 'Bridge works II' });
    const { fixture, el, api, saved, component } = setup(() => of(updated));
    expect((el.querySelector('#edit-aliases') as HTMLInputElement).value).toBe('Old bridge');
    type(el, 'edit-account-opened', '2026-10-15');
    type(el, 'edit-bank', 'Agricultural Bank, Dalad branch');
    type(el, 'edit-guarantee', 'bank guarantee, 1,000,000 yuan');
    component.addSubcontractor();
    fixture.detectChanges();
    type(el, 'edit-sub-name-1', 'Steel Ltd');
    type(el, 'edit-sub-kind-1', 'specialist');
    el.querySelector<HTMLButtonElement>('[data-testid="project-edit-save"]')!.click();

    const [id, body] = api.updateProject.mock.calls[0] as unknown as [string, Record<string, any>];
    expect(id).toBe('p1');
    expect(body['typeCode']).toBe('E4812');
    expect(body['wageAccount']).toEqual({ openedOn: '2026-10-15', bank: 'Agricultural Bank, Dalad branch', accountNumber: null, tripartiteAgreementDate: null });
    expect(body['wageDeposit']).toEqual({ amount: 50000, form: 'bank-guarantee', issuer: 'A bank', expiresOn: '2027-10-20', paidOn: '2026-10-20', accountNumber: null });
    expect(body['paymentGuarantee']).toBe('bank guarantee, 1,000,000 yuan');
    expect(body['subcontractors']).toEqual([
      { name: 'Crew Ltd', kind: 'labour' },
      { name: 'Steel Ltd', kind: 'specialist' },
    ]);
    expect(saved).toHaveBeenCalledWith(updated);
  });

  it('lists what is missing and sends nothing', () => {
    const { fixture, el, api } = setup(() => of(projectDetail()));
    type(el, 'edit-builder', '');
    el.querySelector<HTMLButtonElement>('[data-testid="project-edit-save"]')!.click();
    fixture.detectChanges();
    const summary = el.querySelector('[data-testid="project-edit-summary"]')!;
    expect(summary.textContent).toContain('Dalad::ProjectList:Field:Builder');
    expect(api.updateProject).not.toHaveBeenCalled();
  });

  it("shows the server's Chinese error and keeps the form", () => {
    const { fixture, el, saved } = setup(() => throwError(() => ({ error: { detail: '开户银行不能为空。' } })));
    el.querySelector<HTMLButtonElement>('[data-testid="project-edit-save"]')!.click();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="project-edit-error"]')?.textContent).toContain('开户银行不能为空。');
    expect(saved).not.toHaveBeenCalled();
  });
});
