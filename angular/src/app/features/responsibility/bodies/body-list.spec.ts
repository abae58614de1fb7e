import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, Router } from '@angular/router';
import { of } from 'rxjs';
import { Body } from '../data/matrix.models';
import { allByTestId, byTestId, dialog, provideResponsibilityTesting, settle, type } from '../testing/responsibility-testing';
import { BODY_PAGE_SIZE, BodyList } from './body-list';

const bodies: Body[] = [
  { code: 'housing', name: 'Housing bureau', kind: 'industry', duty: 'Building construction', isActive: true },
  { code: 'old-body', name: 'Old body', kind: 'support', duty: null, isActive: false },
];

function fakeApi(totalCount = bodies.length) {
  return {
    getBodies: vi.fn(() => of({ totalCount, items: bodies })),
    createBody: vi.fn(() => of({ code: 'veterans', name: 'Veterans affairs', kind: 'industry', isActive: true })),
  };
}

async function render(options: { canManage: boolean; query?: Record<string, string>; api?: ReturnType<typeof fakeApi> }) {
  const api = options.api ?? fakeApi();
  TestBed.configureTestingModule({
    providers: [
      ...provideResponsibilityTesting({ api, canManage: options.canManage }),
      { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(options.query ?? {}) } } },
    ],
  });
  const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(BodyList);
  await settle(fixture, () => expect(byTestId(fixture.nativeElement, 'bodies-table')).not.toBeNull());
  return { fixture, api, navigate, el: fixture.nativeElement as HTMLElement };
}

describe('BodyList', () => {
  afterEach(() => document.querySelectorAll('ngb-modal-window, ngb-modal-backdrop').forEach(e => e.remove()));

  it('lists the first page of bodies with their kind and state', async () => {
    const { el, api } = await render({ canManage: false });
    expect(api.getBodies).toHaveBeenCalledWith({ skipCount: 0, maxResultCount: BODY_PAGE_SIZE });
    const rows = el.querySelectorAll<HTMLElement>('[data-testid="bodies-table"] tbody tr');
    expect([...rows].map(r => r.dataset['body'])).toEqual(['housing', 'old-body']);
    expect(rows[0].textContent).toContain('[Dalad::BodyKind:industry|industry]');
    expect(rows[1].textContent).toContain('[Dalad::Bodies:Inactive]');
    expect(byTestId(el, 'pager-info')?.textContent?.trim()).toBe('[AbpUi::PagerInfo{0}{1}{2}](1,2,2)');
  });

  it('starts from the search kept in the address', async () => {
    const { api } = await render({ canManage: false, query: { filter: 'market', kind: 'industry', status: 'inactive', page: '2' } });
    expect(api.getBodies).toHaveBeenCalledWith({
      filter: 'market',
      kind: 'industry',
      isActive: false,
      skipCount: BODY_PAGE_SIZE,
      maxResultCount: BODY_PAGE_SIZE,
    });
  });

  it('searches by text from the first page and keeps the search in the address', async () => {
    const { fixture, el, api, navigate } = await render({ canManage: false, query: { page: '3' } });
    type(byTestId(el, 'body-filter'), ' housing ');
    byTestId(el, 'body-search')!.click();
    fixture.detectChanges();
    expect(api.getBodies).toHaveBeenLastCalledWith({ filter: 'housing', skipCount: 0, maxResultCount: BODY_PAGE_SIZE });
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { filter: 'housing', kind: null, status: null, page: null } }));
  });

  it('filters by kind and state as soon as they are chosen', async () => {
    const { el, api } = await render({ canManage: false });
    const kind = byTestId<HTMLSelectElement>(el, 'body-kind-filter')!;
    kind.value = kind.querySelector<HTMLOptionElement>('option[value="zone"]')!.value;
    kind.dispatchEvent(new Event('change'));
    expect(api.getBodies).toHaveBeenLastCalledWith({ kind: 'zone', skipCount: 0, maxResultCount: BODY_PAGE_SIZE });
    const status = byTestId<HTMLSelectElement>(el, 'body-status-filter')!;
    status.value = 'active';
    status.dispatchEvent(new Event('change'));
    expect(api.getBodies).toHaveBeenLastCalledWith({ kind: 'zone', isActive: true, skipCount: 0, maxResultCount: BODY_PAGE_SIZE });
  });

  it('pages through the bodies', async () => {
    const { fixture, el, api } = await render({ canManage: false, api: fakeApi(62) });
    byTestId(el, 'pager-next')!.click();
    fixture.detectChanges();
    expect(api.getBodies).toHaveBeenLastCalledWith({ skipCount: BODY_PAGE_SIZE, maxResultCount: BODY_PAGE_SIZE });
    el.querySelector<HTMLButtonElement>('button[data-page="4"]')!.click();
    expect(api.getBodies).toHaveBeenLastCalledWith({ skipCount: 3 * BODY_PAGE_SIZE, maxResultCount: BODY_PAGE_SIZE });
  });

  it('offers a new body only to users who may manage the matrix', async () => {
    expect(byTestId((await render({ canManage: false })).el, 'create-body')).toBeNull();
    TestBed.resetTestingModule();
    expect(byTestId((await render({ canManage: true })).el, 'create-body')).not.toBeNull();
  });

  it('creates a body with its basis and opens it', async () => {
    const { fixture, el, api, navigate } = await render({ canManage: true });
    byTestId(el, 'create-body')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'new-body-code')).not.toBeNull());
    type(byTestId(dialog(), 'new-body-code'), 'veterans');
    type(byTestId(dialog(), 'new-body-name'), ' Veterans affairs ');
    type(byTestId(dialog(), 'new-body-duty'), 'Veterans service projects');
    type(byTestId(dialog(), 'change-basis'), 'Notice 15');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.createBody).toHaveBeenCalledWith({
      code: 'veterans',
      name: 'Veterans affairs',
      kind: 'industry',
      duty: 'Veterans service projects',
      basis: 'Notice 15',
    });
    expect(navigate).toHaveBeenLastCalledWith(['/responsibility/bodies', 'veterans']);
  });

  it('refuses a code the server would refuse, before sending anything', async () => {
    const { fixture, el, api } = await render({ canManage: true });
    byTestId(el, 'create-body')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'new-body-code')).not.toBeNull());
    type(byTestId(dialog(), 'new-body-code'), 'Veterans Affairs');
    type(byTestId(dialog(), 'new-body-name'), 'Veterans affairs');
    type(byTestId(dialog(), 'change-basis'), 'Notice 15');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () =>
      expect(allByTestId(dialog(), 'field-error').map(e => e.textContent?.trim())).toEqual([
        '[Dalad::Responsibility:Validation:BodyCodeFormat]',
      ]),
    );
    expect(api.createBody).not.toHaveBeenCalled();
  });
});
