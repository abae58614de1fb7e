import { Confirmation, ConfirmationService, ToasterService } from '@abp/ng.theme.shared';
import { HttpErrorResponse, HttpEventType } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, Subject, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../../testing/abp-fakes';
import { RegisterApi, RegisterEntryDto, RegisterImportReport } from '../register-api';
import { RegisterImport } from './register-import';
import { entryProblems, RegisterPage, splitAliases } from './register-page';

const mine: RegisterEntryDto = {
  id: 'e1',
  ownerBodyCode: 'energy',
  kind: 'coal-mine',
  name: 'North mine',
  aliases: ['North', 'N1'],
  territoryCode: '150621100',
  attributes: { licence: 'X-1' },
  isActive: true,
  industryBodyCode: 'energy',
  createdAt: '2026-01-01T00:00:00Z',
  lastModifiedAt: null,
};

/** The department as the server describes it. */
const MINES = {
  key: 'mines',
  titleKey: 'Departments:mines:Title',
  policy: 'Dalad.Mines',
  managePolicy: 'Dalad.Mines.Manage',
  menu: [],
  cards: [{ type: 'register' }],
  kinds: [],
};

function fakeApi(items: RegisterEntryDto[] = [mine], totalCount = items.length) {
  return {
    getList: vi.fn(() => of({ totalCount, items })),
    getKinds: vi.fn(() => of([{ kind: 'coal-mine', displayName: 'Coal mine' }, { kind: 'power-plant', displayName: 'Power plant' }])),
    getTerritories: vi.fn(() => of({ totalCount: 1, items: [{ code: '150621100', name: 'Shulinzhao', kind: 'town', bodyCode: 't' }] })),
    create: vi.fn(() => of(mine)),
    update: vi.fn(() => of(mine)),
    delete: vi.fn(() => of(undefined)),
    downloadTemplate: vi.fn(() => of(new Blob())),
    import: vi.fn(),
  };
}

function setup(policies: Record<string, boolean>, api = fakeApi(), confirmed = Confirmation.Status.confirm) {
  const toaster = { success: vi.fn(), error: vi.fn() };
  const confirmation = { warn: vi.fn(() => of(confirmed)) };
  TestBed.configureTestingModule({
    providers: [
      ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: policies }, extraProperties: { departments: [MINES] } })),
      { provide: RegisterApi, useValue: api },
      { provide: ToasterService, useValue: toaster },
      { provide: ConfirmationService, useValue: confirmation },
    ],
  });
  const fixture = TestBed.createComponent(RegisterPage);
  fixture.componentRef.setInput('department', 'mines');
  fixture.detectChanges();
  const page = fixture.componentInstance as any;
  const el: HTMLElement = fixture.nativeElement;
  return { fixture, page, el, api, toaster, confirmation };
}

describe('RegisterPage', () => {
  it('lists the register with kind and territory names, without manage actions for a reader', () => {
    const { el, api } = setup({ 'Dalad.Mines': true });
    expect(api.getList).toHaveBeenCalledWith('mines', { skipCount: 0, maxResultCount: 10 });
    const cells = [...el.querySelectorAll('[data-testid="register-table"] tbody td')].map(td => td.textContent?.trim());
    expect(cells).toEqual(['North mine', 'Coal mine', 'North, N1', 'Shulinzhao', '[Dalad::RegisterPage:Active]']);
    expect(el.querySelector('[data-testid="register-manage"]')).toBeNull();
    expect(el.querySelector('[data-testid="register-edit"]')).toBeNull();
    expect(el.querySelector('[data-testid="register-delete"]')).toBeNull();
  });

  it('shows add, import, edit and delete with the .Manage permission', () => {
    const { el } = setup({ 'Dalad.Mines': true, 'Dalad.Mines.Manage': true });
    expect(el.querySelector('[data-testid="register-add"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="register-import"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="register-edit"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="register-delete"]')).not.toBeNull();
  });

  it("requests nothing for a user without the plugin's permission", () => {
    const { el, api } = setup({ 'Dalad.Other': true, 'Dalad.Other.Manage': true });
    expect(api.getList).not.toHaveBeenCalled();
    expect(api.getKinds).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="register-no-access"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="register-table"]')).toBeNull();
  });

  it('filters by kind and territory from the first page and pages through the results', () => {
    const { fixture, page, el, api } = setup({ 'Dalad.Mines': true }, fakeApi([mine], 25));
    page.onKindChosen('coal-mine');
    page.onTerritoryChosen('150621100');
    expect(api.getList).toHaveBeenLastCalledWith('mines', {
      kind: 'coal-mine',
      territoryCode: '150621100',
      skipCount: 0,
      maxResultCount: 10,
    });
    fixture.detectChanges();
    (el.querySelector('[data-testid="register-next"]') as HTMLButtonElement).click();
    expect(api.getList).toHaveBeenLastCalledWith('mines', expect.objectContaining({ skipCount: 10 }));
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="register-page-info"]')?.textContent?.trim()).toBe(
      '[Dalad::RegisterPage:PageInfo](11,20,25)',
    );
  });

  it('searches by the typed text after a pause', () => {
    vi.useFakeTimers();
    try {
      const { page, api } = setup({ 'Dalad.Mines': true });
      page.onFilterTyped(' mine ');
      expect(api.getList).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(300);
      expect(api.getList).toHaveBeenLastCalledWith('mines', { filter: 'mine', skipCount: 0, maxResultCount: 10 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('creates an entry with the aliases split, then reloads', () => {
    const { page, api, toaster } = setup({ 'Dalad.Mines': true, 'Dalad.Mines.Manage': true });
    page.openCreate();
    page.patchForm({ kind: 'power-plant', name: '  East plant ', aliases: 'East, EP\u3001East', territoryCode: '150621100' });
    page.save();
    expect(api.create).toHaveBeenCalledWith('mines', {
      kind: 'power-plant',
      name: 'East plant',
      aliases: ['East', 'EP'],
      territoryCode: '150621100',
      attributes: {},
      isActive: true,
    });
    expect(toaster.success).toHaveBeenCalledWith('Dalad::RegisterPage:Saved');
    expect(api.getList).toHaveBeenCalledTimes(2);
    expect(page.formVisible()).toBe(false);
  });

  it('does not send an entry without kind or name', () => {
    const { page, api } = setup({ 'Dalad.Mines': true, 'Dalad.Mines.Manage': true });
    page.openCreate();
    page.patchForm({ kind: 'coal-mine', name: '   ' });
    page.save();
    expect(api.create).not.toHaveBeenCalled();
    expect(page.submitted()).toBe(true);
  });

  it('lists what is wrong on top of the dialog once a save was tried, with the server limits', () => {
    const { page, api } = setup({ 'Dalad.Mines': true, 'Dalad.Mines.Manage': true });
    page.openCreate();
    page.patchForm({ kind: '', name: 'x'.repeat(201), aliases: Array.from({ length: 21 }, (_, i) => `a${i}`).join(',') });
    expect(page.problems()).toEqual([]); // nothing flagged before the first save
    page.save();
    expect(api.create).not.toHaveBeenCalled();
    expect(page.problems().map((p: { id: string; problemKey: string; args: string[] }) => [p.id, p.problemKey, p.args])).toEqual([
      ['register-kind', 'Dalad::Form:Required', []],
      ['register-name', 'Dalad::Form:TooLong', ['200', '201']],
      ['register-aliases', 'Dalad::RegisterPage:TooManyAliases', ['20', '21']],
    ]);
    expect(page.invalid('register-name')).toBe(true);
    // Corrected fields leave the summary as they are typed.
    page.patchForm({ kind: 'coal-mine', name: 'North mine 2' });
    expect(page.problems().map((p: { id: string }) => p.id)).toEqual(['register-aliases']);
    expect(entryProblems({ kind: 'k', name: 'n', aliases: 'y'.repeat(201), territoryCode: '', isActive: true, attributes: {} })).toEqual([
      { id: 'register-aliases', labelKey: 'Dalad::RegisterPage:Aliases', problemKey: 'Dalad::Form:TooLong', args: ['200', '201'] },
    ]);
  });

  it('shows a first-use state for a register without entries, and the filter message only when filters are set', () => {
    const { fixture, page, el } = setup({ 'Dalad.Mines': true, 'Dalad.Mines.Manage': true }, fakeApi([], 0));
    expect(el.querySelector('[data-testid="register-first-use"]')?.textContent).toContain('Dalad::RegisterPage:FirstUseManage');
    expect(el.querySelector('[data-testid="register-empty"]')).toBeNull();
    page.onKindChosen('coal-mine');
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="register-first-use"]')).toBeNull();
    expect(el.querySelector('[data-testid="register-empty"]')?.textContent).toContain('Dalad::RegisterPage:Empty');
  });

  it('updates an entry keeping its extra attributes', () => {
    const { page, api } = setup({ 'Dalad.Mines': true, 'Dalad.Mines.Manage': true });
    page.openEdit(mine);
    page.patchForm({ isActive: false });
    page.save();
    expect(api.update).toHaveBeenCalledWith('mines', 'e1', {
      kind: 'coal-mine',
      name: 'North mine',
      aliases: ['North', 'N1'],
      territoryCode: '150621100',
      attributes: { licence: 'X-1' },
      isActive: false,
    });
  });

  it("shows the server's localized message in a toast when saving fails, and keeps the dialog open", () => {
    const api = fakeApi();
    api.create.mockReturnValue(
      throwError(() => new HttpErrorResponse({ status: 409, error: { title: 'Conflict', detail: 'Already registered' } })) as any,
    );
    const { page, toaster } = setup({ 'Dalad.Mines': true, 'Dalad.Mines.Manage': true }, api);
    page.openCreate();
    page.patchForm({ kind: 'coal-mine', name: 'North mine' });
    page.save();
    expect(toaster.error).toHaveBeenCalledWith('Already registered', 'Dalad::RegisterPage:Error');
    expect(page.formVisible()).toBe(true);
    expect(page.saving()).toBe(false);
  });

  it('deletes only after the confirmation', () => {
    const confirmed = setup({ 'Dalad.Mines': true, 'Dalad.Mines.Manage': true });
    (confirmed.el.querySelector('[data-testid="register-delete"]') as HTMLButtonElement).click();
    expect(confirmed.confirmation.warn).toHaveBeenCalledWith(
      'Dalad::RegisterPage:DeleteConfirm',
      'Dalad::RegisterPage:DeleteTitle',
      { messageLocalizationParams: ['North mine'] },
    );
    expect(confirmed.api.delete).toHaveBeenCalledWith('mines', 'e1');
    expect(confirmed.toaster.success).toHaveBeenCalledWith('Dalad::RegisterPage:Deleted');

    TestBed.resetTestingModule();
    const rejected = setup({ 'Dalad.Mines': true, 'Dalad.Mines.Manage': true }, fakeApi(), Confirmation.Status.reject);
    rejected.page.confirmDelete(mine);
    expect(rejected.api.delete).not.toHaveBeenCalled();
  });

  it('refuses manage actions without the permission even when called directly', () => {
    const { page, api, confirmation } = setup({ 'Dalad.Mines': true });
    page.openCreate();
    page.confirmDelete(mine);
    page.openImport();
    expect(page.formVisible()).toBe(false);
    expect(page.importVisible()).toBe(false);
    expect(confirmation.warn).not.toHaveBeenCalled();
    expect(api.delete).not.toHaveBeenCalled();
  });
});

describe('splitAliases', () => {
  it('splits on ASCII and full-width commas, enumeration marks, semicolons and new lines, without blanks or repeats', () => {
    expect(splitAliases('a, b\uff0cc\u3001d;e\uff1bf\n a ,,')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('RegisterImport', () => {
  const report: RegisterImportReport = {
    imported: 1,
    updated: 1,
    rejected: 1,
    rows: [
      { row: 2, outcome: 'imported', kind: 'coal-mine', name: 'North mine', reason: null },
      { row: 3, outcome: 'updated', kind: 'coal-mine', name: 'South mine', reason: null },
      { row: 4, outcome: 'rejected', kind: 'pit', name: 'West', reason: 'Unknown kind' },
    ],
  };

  function setupImport() {
    const api = fakeApi();
    const events = new Subject<any>();
    api.import.mockReturnValue(events);
    const toaster = { success: vi.fn(), error: vi.fn() };
    TestBed.configureTestingModule({
      providers: [
        ...provideAbpFakes(),
        { provide: RegisterApi, useValue: api },
        { provide: ToasterService, useValue: toaster },
      ],
    });
    const fixture = TestBed.createComponent(RegisterImport);
    fixture.componentRef.setInput('department', 'mines');
    fixture.componentRef.setInput('visible', true);
    fixture.detectChanges();
    const imported = vi.fn();
    fixture.componentInstance.imported.subscribe(imported);
    return { fixture, dialog: fixture.componentInstance as any, api, events, toaster, imported };
  }

  /** The dialog's body is rendered by ng-bootstrap's modal outside the component. */
  function body(): HTMLElement {
    return document.body.querySelector('[data-testid="register-import-dialog"]') as HTMLElement;
  }

  afterEach(() => document.body.querySelectorAll('ngb-modal-window, ngb-modal-backdrop').forEach(e => e.remove()));

  it('uploads the chosen file with a progress indicator, then renders the row-by-row report', async () => {
    const { fixture, dialog, api, events, imported } = setupImport();
    const file = new File(['x'], 'rows.xlsx');
    dialog.onFileChosen({ target: { files: [file] } });
    dialog.startUpload();
    expect(api.import).toHaveBeenCalledWith('mines', file);

    events.next({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(body().querySelector('[data-testid="register-import-progress"]')?.textContent).toContain(
      '[Dalad::RegisterPage:Uploading](40)',
    );

    events.next({ type: HttpEventType.Response, body: report });
    fixture.detectChanges();
    await fixture.whenStable();
    const el = body();
    expect(el.querySelector('[data-testid="register-import-progress"]')).toBeNull();
    expect(el.querySelector('[data-testid="register-import-summary"]')?.textContent?.trim()).toBe(
      '[Dalad::RegisterPage:ImportSummary](1,1,1)',
    );
    const rows = [...el.querySelectorAll('[data-testid="register-import-report"] tbody tr')].map(tr =>
      [...tr.querySelectorAll('td')].map(td => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['2', 'North mine', '[Dalad::RegisterPage:Outcome:Imported]', ''],
      ['3', 'South mine', '[Dalad::RegisterPage:Outcome:Updated]', ''],
      ['4', 'West', '[Dalad::RegisterPage:Outcome:Rejected]', 'Unknown kind'],
    ]);
    expect(el.querySelector('[data-outcome="rejected"]')?.classList).toContain('table-danger');
    expect(imported).toHaveBeenCalledWith(report);
  });

  it("shows the server's message when the workbook is refused", () => {
    const { dialog, events, toaster, imported } = setupImport();
    dialog.onFileChosen({ target: { files: [new File(['x'], 'rows.txt')] } });
    dialog.startUpload();
    events.error(new HttpErrorResponse({ status: 400, error: { error: { message: 'Not an Excel workbook' } } }));
    expect(toaster.error).toHaveBeenCalledWith('Not an Excel workbook', 'Dalad::RegisterPage:Error');
    expect(dialog.progress()).toBeNull();
    expect(imported).not.toHaveBeenCalled();
  });

  it('uploads nothing before a file is chosen', () => {
    const { dialog, api } = setupImport();
    dialog.startUpload();
    expect(api.import).not.toHaveBeenCalled();
  });
});
