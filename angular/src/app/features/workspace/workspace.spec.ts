import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Observable, of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { WorkspaceContext } from '../../core/workspace/workspace-context';
import { BodyDto, BodyService } from '../../proxy/responsibility';
import { WorkspaceEntryDto, WorkspaceService } from '../../proxy/workspaces';
import { CasesApi } from '../cases/cases-api';
import { caseDto } from '../cases/testing/cases-testing';
import { JointOfficeOverview } from './joint-office-overview';
import { WorkspacePage } from './workspace-page';
import { WorkspacePicker } from './workspace-picker';

const housing: WorkspaceEntryDto = { bodyCode: 'housing', bodyName: 'Housing bureau', kind: 'industry', workspace: 'buildings' };
/** The department serving it, as the server describes it (the UI knows no department of its own). */
const BUILDINGS = {
  key: 'buildings',
  titleKey: 'Departments:buildings:Title',
  descriptionKey: 'Departments:buildings:Description',
  policy: 'Dalad.Departments.buildings',
  managePolicy: 'Dalad.Departments.buildings.Manage',
  menu: [],
  cards: [{ type: 'case-todo' }, { type: 'register' }],
  kinds: [],
};
const civil: WorkspaceEntryDto = { bodyCode: 'civil-affairs', bodyName: 'Civil affairs', kind: 'industry', workspace: 'generic' };
const jointOffice: WorkspaceEntryDto = {
  bodyCode: 'joint-office',
  bodyName: 'Joint office',
  kind: 'coordination',
  workspace: 'coordination',
};
const bodies: BodyDto[] = [
  { code: 'housing', name: 'Housing bureau', kind: 'industry', duty: null, isActive: true },
  { code: 'zhaojun-town', name: 'Zhaojun town', kind: 'territorial', duty: null, isActive: true },
  { code: 'old-body', name: 'Old body', kind: 'mystery', duty: null, isActive: false },
];

function configure(
  options: { mine?: WorkspaceEntryDto[]; bodies?: () => ReturnType<BodyService['getList']>; policies?: Record<string, boolean> } = {},
) {
  localStorage.clear();
  const getList = vi.fn(options.bodies ?? (() => of({ totalCount: bodies.length, items: bodies })));
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      ...provideAbpFakes(
        new FakeConfigState({
          currentUser: { isAuthenticated: true, id: 'u1' },
          auth: { grantedPolicies: options.policies ?? {} },
          extraProperties: { departments: [BUILDINGS] },
        }),
      ),
      { provide: WorkspaceService, useValue: { getMine: () => of(options.mine ?? []) } },
      { provide: BodyService, useValue: { getList } },
    ],
  });
  return { getList };
}

function text(element: HTMLElement, selector: string): string {
  return element.querySelector(selector)?.textContent?.trim() ?? '';
}

describe('WorkspacePage', () => {
  function render(entry: WorkspaceEntryDto) {
    const fixture = TestBed.createComponent(WorkspacePage);
    fixture.componentRef.setInput('entry', entry);
    fixture.detectChanges();
    return fixture;
  }

  it('shows the joint office the overview of all bodies', () => {
    configure();
    const el: HTMLElement = render(jointOffice).nativeElement;
    expect(el.querySelector('[data-testid="joint-office-overview"]')).not.toBeNull();
    expect(el.querySelectorAll('[data-testid="bodies-table"] tbody tr').length).toBe(3);
  });

  it('shows a body without a plugin the generic workspace under its own name', () => {
    configure();
    const el: HTMLElement = render(civil).nativeElement;
    expect(el.querySelector('[data-testid="generic-workspace"]')).not.toBeNull();
    expect(text(el, '[data-testid="page-title"]')).toBe('Civil affairs');
    expect(text(el, '[data-testid="page-description"]')).toBe('[Dalad::Workspace:Generic:Description]');
  });

  it("draws a department's workspace from the server's description", () => {
    configure();
    const fixture = render(housing);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="department-workspace"][data-department="buildings"]')).not.toBeNull();
    expect(text(el, '[data-testid="page-title"]')).toBe('Housing bureau');
    expect(text(el, '[data-testid="page-description"]')).toBe('[Dalad::Departments:buildings:Description]');
    // The body's to-do card above the register (empty here: no permissions).
    const todo = el.querySelector('[data-testid="case-todo"]')!;
    expect(todo.querySelector('[data-testid="todo-empty"]')).not.toBeNull();
    expect(todo.compareDocumentPosition(el.querySelector('dalad-register-page')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('JointOfficeOverview', () => {
  it('lists every body with its localized kind and status', () => {
    const { getList } = configure();
    const fixture = TestBed.createComponent(JointOfficeOverview);
    fixture.componentRef.setInput('entry', jointOffice);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(getList).toHaveBeenCalledWith({ maxResultCount: 1000 });
    expect(text(el, '[data-testid="bodies-total"]')).toBe('[Dalad::Bodies:TotalCount](3)');
    const row = el.querySelector('tr[data-body="zhaojun-town"]') as HTMLElement;
    expect(row.textContent).toContain('Zhaojun town');
    expect(row.textContent).toContain('[Dalad::BodyKind:territorial|territorial]');
    expect(row.textContent).toContain('[Dalad::Bodies:Active]');
    expect(row.textContent).not.toContain('zhaojun-town');
    expect(el.querySelector('tr[data-body="old-body"]')?.textContent).toContain('[Dalad::Bodies:Inactive]');
  });

  it("shows the joint office's to-do card above the bodies table, with the server's counts", () => {
    configure({ policies: { 'Dalad.Cases': true } });
    TestBed.overrideProvider(CasesApi, {
      useValue: {
        list: () => of({ totalCount: 1, items: [caseDto('DLT-2026-000001')] }),
        getCounts: () => of({ overdue: 0, dueSoon: 1, openReminders: 0 }),
      },
    });
    const fixture = TestBed.createComponent(JointOfficeOverview);
    fixture.componentRef.setInput('entry', jointOffice);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    const todo = el.querySelector('[data-testid="case-todo"]')!;
    expect(todo.compareDocumentPosition(el.querySelector('[data-testid="bodies-table"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(todo.querySelector('[data-testid="todo-due-soon"]')?.getAttribute('href')).toBe('/cases/board');
    expect(todo.querySelectorAll('[data-testid="todo-case"]').length).toBe(1);
    // One page title only (the end-to-end test reads the overview's h1).
    expect(el.querySelectorAll('h1').length).toBe(1);
  });

  it('says so when the bodies cannot be loaded', () => {
    configure({ bodies: () => throwError(() => new Error('503')) });
    const fixture = TestBed.createComponent(JointOfficeOverview);
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('[data-testid="bodies-failed"]')).not.toBeNull();
  });
});

describe('WorkspacePicker', () => {
  async function render(mine: WorkspaceEntryDto[]) {
    configure({ mine });
    const context = TestBed.inject(WorkspaceContext);
    await new Promise(resolve => context.load().subscribe(resolve));
    const fixture = TestBed.createComponent(WorkspacePicker);
    fixture.detectChanges();
    return { fixture, context, el: fixture.nativeElement as HTMLElement };
  }

  it('lists the bodies and opens the chosen one, remembering it', async () => {
    const { el, context } = await render([housing, civil]);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const buttons = el.querySelectorAll<HTMLButtonElement>('[data-testid="body-list"] button');
    expect([...buttons].map(b => b.dataset['body'])).toEqual(['housing', 'civil-affairs']);

    buttons[1].click();
    expect(navigate).toHaveBeenCalledWith(['/workspace', 'civil-affairs']);
    expect(context.current()).toEqual(civil);
    expect(context.remembered()).toBe('civil-affairs');
  });

  it('explains when the user belongs to no body', async () => {
    const { el } = await render([]);
    expect(text(el, '[data-testid="no-body"]')).toBe('[Dalad::Workspace:Picker:NoBody]');
    expect(el.querySelector('[data-testid="page-description"]')).toBeNull();
  });

  it('says "several bodies" only to a member of several', async () => {
    const { el } = await render([housing, civil]);
    expect(text(el, '[data-testid="page-description"]')).toBe('[Dalad::Workspace:Picker:Description]');
  });

  it('says so when the bodies cannot be loaded, and tries again on request', () => {
    localStorage.clear();
    const getMine = vi.fn<() => Observable<WorkspaceEntryDto[]>>(() => throwError(() => new Error('offline')));
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        ...provideAbpFakes(new FakeConfigState({ currentUser: { isAuthenticated: true, id: 'u1' } })),
        { provide: WorkspaceService, useValue: { getMine } },
      ],
    });
    const fixture = TestBed.createComponent(WorkspacePicker);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(text(el, '[data-testid="bodies-load-failed"] span')).toBe('[Dalad::Workspace:Picker:LoadFailed]');

    getMine.mockReturnValue(of([housing, civil]));
    el.querySelector<HTMLButtonElement>('[data-testid="bodies-load-failed"] button')!.click();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="bodies-load-failed"]')).toBeNull();
    expect(el.querySelectorAll('[data-testid="body-list"] button').length).toBe(2);
  });
});
