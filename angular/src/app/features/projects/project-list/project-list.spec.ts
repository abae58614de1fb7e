import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import { ProjectsApi } from '../projects-api';
import { deadlineBadge } from '../projects-labels';
import { projectDetail } from '../testing/projects-testing';
import { ProjectList } from './project-list';

const ROW = {
  id: 'p1',
  name: 'Bridge works',
  typeCode: 'E4812',
  typeName: 'Bridge construction',
  territoryCode: 'T1',
  territoryName: 'Town A',
  industryBodyCode: 'roads',
  industryBodyName: 'Roads bureau',
  territorialBodyCode: 'town-a',
  territorialBodyName: 'Town A government',
  generalContractor: 'Big contractor',
  contractDate: '2026-10-01',
  openWarnings: 1,
  accountState: 'late',
  depositState: 'on-time',
  accountOpenedOn: null,
  depositPaidOn: '2026-10-20',
};

function setup(policies: Record<string, boolean>) {
  const fake = {
    getProjects: vi.fn(() => of([ROW])),
    getProjectTypes: vi.fn(() => of([{ code: 'E4812', name: 'Bridge construction', group: 'g', checklist: [] }])),
    getTerritories: vi.fn(() => of({ totalCount: 1, items: [{ code: 'T1', name: 'Town A', bodyCode: 'town-a', kind: 'town', aliases: [], villages: [] }] })),
    createProject: vi.fn(() => of(projectDetail({ id: 'new-1' }))),
  };
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: policies } })),
      provideRouter([]),
      { provide: ProjectsApi, useValue: fake },
    ],
  });
  const fixture = TestBed.createComponent(ProjectList);
  fixture.detectChanges();
  return { fixture, el: fixture.nativeElement as HTMLElement, api: fake };
}

const VIEW = { 'Dalad.Projects': true, 'Dalad.Warnings': true };

describe('deadlineBadge', () => {
  it('names each deadline state with its own text and colour', () => {
    expect(deadlineBadge('Account', 'late')).toEqual({ key: 'Dalad::ProjectList:Badge:Account:late', state: 'overdue' });
    expect(deadlineBadge('Deposit', 'on-time')).toEqual({ key: 'Dalad::ProjectList:Badge:Deposit:on-time', state: 'on-time' });
    expect(deadlineBadge('Account', 'pending').state).toBe('running');
    expect(deadlineBadge('Deposit', 'no-contract').key).toBe('Dalad::ProjectList:Badge:Deposit:no-contract');
    expect(deadlineBadge('Account', 'something-new').key).toBe('Dalad::ProjectPage:Unknown');
  });
});

describe('ProjectList', () => {
  it('lists the projects with their owners, contract date and badges, linking each to its page', () => {
    const { el } = setup(VIEW);
    const row = el.querySelector('[data-testid="project-row"][data-project-id="p1"]')!;
    expect(row.textContent).toContain('Roads bureau');
    expect(row.textContent).toContain('Town A government');
    expect(row.textContent).toContain('2026-10-01');
    expect(row.querySelector('[data-testid="project-link"]')?.getAttribute('href')).toBe('/projects/p1');
    expect(row.querySelector('[data-testid="badge-account"]')?.getAttribute('data-state')).toBe('overdue');
    expect(row.querySelector('[data-testid="badge-account"]')?.textContent).toContain('Dalad::ProjectList:Badge:Account:late');
    expect(row.querySelector('[data-testid="badge-deposit"]')?.getAttribute('data-state')).toBe('on-time');
  });

  it('sends the filter to the server', () => {
    const { fixture, api } = setup(VIEW);
    fixture.componentInstance.search = ' Bridge ';
    fixture.componentInstance.load();
    expect(api.getProjects).toHaveBeenLastCalledWith({ search: 'Bridge' });
  });

  it('offers the register button only with Dalad.Projects.Manage', () => {
    expect(setup(VIEW).el.querySelector('[data-testid="project-create"]')).toBeNull();
    TestBed.resetTestingModule();
    expect(setup({ ...VIEW, 'Dalad.Projects.Manage': true }).el.querySelector('[data-testid="project-create"]')).not.toBeNull();
  });

  it('names the missing required fields and sends nothing', () => {
    const { fixture, el, api } = setup({ ...VIEW, 'Dalad.Projects.Manage': true });
    (el.querySelector('[data-testid="project-create"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    (el.querySelector('[data-testid="project-save"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    const summary = el.querySelector('[data-testid="project-summary"]')!;
    const ids = [...summary.querySelectorAll('[data-problem-id]')].map(b => b.getAttribute('data-problem-id'));
    expect(ids).toEqual(['project-name', 'project-type', 'project-territory', 'project-builder', 'project-contractor']);
    expect(api.createProject).not.toHaveBeenCalled();
  });

  it('registers a project and opens its page; shows the server refusal in Chinese otherwise', () => {
    const { fixture, el, api } = setup({ ...VIEW, 'Dalad.Projects.Manage': true });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const page = fixture.componentInstance;
    page.openForm();
    page.form.setValue({
      name: 'Bridge works',
      typeCode: 'E4812',
      territoryCode: 'T1',
      address: '',
      builder: 'City builder',
      generalContractor: 'Big contractor',
      governmentInvested: true,
      fundsInPlace: false,
      fundingSource: '',
      contractDate: '2026-10-01',
      startDate: '',
      plannedCompletionDate: '',
    });
    page.submit();
    expect(api.createProject).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Bridge works', typeCode: 'E4812', contractDate: '2026-10-01', startDate: null, address: null }),
    );
    expect(navigate).toHaveBeenCalledWith(['/projects', 'new-1']);

    api.createProject.mockReturnValue(throwError(() => ({ error: { detail: '施工总承包单位 不能为空。' } })) as never);
    page.submit();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="project-save-error"]')?.textContent).toContain('施工总承包单位 不能为空。');
  });
});
