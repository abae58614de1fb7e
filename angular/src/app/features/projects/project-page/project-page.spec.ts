import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import { ProjectsApi } from '../projects-api';
import { projectDetail } from '../testing/projects-testing';
import { ProjectPage } from './project-page';

function setup(getProject: () => unknown, policies: Record<string, boolean> = { 'Dalad.Projects': true }) {
  const api = {
    getProject: vi.fn(getProject),
    getWorkers: vi.fn(() => of([])),
    getPayAgainstAttendance: vi.fn(() => of([])),
  };
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: policies } })),
      provideRouter([]),
      { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ id: 'p1' })) } },
      { provide: ProjectsApi, useValue: api },
    ],
  });
  const fixture = TestBed.createComponent(ProjectPage);
  fixture.detectChanges();
  return { el: fixture.nativeElement as HTMLElement, api };
}

describe('ProjectPage', () => {
  it('shows the parties, dates, funding, account, deposit and warnings with localized codes', () => {
    const { el, api } = setup(() => of(projectDetail()));
    expect(api.getProject).toHaveBeenCalledWith('p1');
    expect(el.querySelector('[data-testid="project-contractor"]')?.textContent).toContain('Big contractor');
    expect(el.querySelector('[data-testid="project-subcontractors"]')?.textContent).toContain('Dalad::ProjectPage:SubcontractKind:labour');
    expect(el.querySelector('[data-testid="project-funds"]')?.textContent).toContain('Dalad::ProjectPage:No');
    expect(el.querySelector('[data-testid="account-due"]')?.textContent).toContain('2026-10-31');
    expect(el.querySelector('[data-testid="account-opened"]')?.textContent).toContain('Dalad::ProjectPage:NotYet');
    expect(el.querySelector('[data-testid="deposit-paid"]')?.textContent).toContain('2026-10-20');
    expect(el.querySelector('[data-testid="deposit-form"]')?.textContent).toContain('Dalad::ProjectPage:DepositForm:bank-guarantee');
    const warning = el.querySelector('[data-testid="project-warning"][data-rule="account-late"]')!;
    expect(warning.textContent).toContain('Bridge works: no wage account');
    expect(warning.textContent).toContain('Contract date: 2026-10-01');
    expect(warning.querySelector('[data-testid="warning-status"]')?.textContent).toContain('Dalad::WarningList:Status:open');
    expect(warning.textContent).toContain('Dalad::WarningList:Severity:high');
  });

  it('says when a project has no warning', () => {
    const { el } = setup(() => of(projectDetail({ warnings: [] })));
    expect(el.querySelector('[data-testid="project-no-warnings"]')).not.toBeNull();
  });

  it("shows the server's message when the project cannot be read", () => {
    const { el } = setup(() => throwError(() => ({ error: { detail: '未找到该项目。' } })));
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('未找到该项目。');
  });

  it('offers editing, registering workers and imports only to a project manager', () => {
    const viewer = setup(() => of(projectDetail()));
    expect(viewer.el.querySelector('[data-testid="project-edit"]')).toBeNull();
    expect(viewer.el.querySelector('[data-testid="attendance-import"]')).toBeNull();
    expect(viewer.el.querySelector('[data-testid="project-workers"]')).not.toBeNull();
    expect(viewer.api.getWorkers).toHaveBeenCalledWith('p1');
    TestBed.resetTestingModule();
    const manager = setup(() => of(projectDetail()), { 'Dalad.Projects': true, 'Dalad.Projects.Manage': true });
    expect(manager.el.querySelector('[data-testid="project-edit"]')).not.toBeNull();
    expect(manager.el.querySelector('[data-testid="attendance-import"]')).not.toBeNull();
    expect(manager.el.querySelector('[data-testid="advance-add"]')).not.toBeNull();
  });
});
