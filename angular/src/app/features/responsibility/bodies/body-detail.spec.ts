import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { BodyDetails } from '../data/matrix.models';
import { allByTestId, byTestId, dialog, provideResponsibilityTesting, settle, type } from '../testing/responsibility-testing';
import { BodyDetail } from './body-detail';

const market: BodyDetails = {
  code: 'market',
  name: 'Market regulation',
  kind: 'industry',
  duty: 'Small supermarkets, catering, bars',
  isActive: true,
  territories: [],
  scopeItems: [
    { id: 'item-1', bodyCode: 'market', sector: 'Small supermarkets', sourceText: 'The plan says so.', keywords: ['corner shop', 'supermarket'], industryCodes: [] },
    { id: 'item-2', bodyCode: 'market', sector: 'Catering', sourceText: '', keywords: ['restaurant'], industryCodes: ['H6210', 'H6220', 'H6291'] },
  ],
};

function fakeApi(body: BodyDetails = market) {
  return {
    getBody: vi.fn(() => of(structuredClone(body))),
    updateBody: vi.fn(() => of({})),
    deactivateBody: vi.fn(() => of({})),
    activateBody: vi.fn(() => of({})),
    createScopeItem: vi.fn(() => of({})),
    removeScopeItem: vi.fn(() => of(undefined)),
    addKeyword: vi.fn(() => of({})),
    removeKeyword: vi.fn(() => of({})),
    getBodies: vi.fn(() =>
      of({ totalCount: 2, items: [market, { code: 'tourism', name: 'Culture and tourism', kind: 'industry', duty: null, isActive: true }] }),
    ),
    moveScopeItem: vi.fn(() => of({})),
  };
}

async function render(options: { canManage: boolean; api?: ReturnType<typeof fakeApi> }) {
  const api = options.api ?? fakeApi();
  TestBed.configureTestingModule({ providers: provideResponsibilityTesting({ api, canManage: options.canManage }) });
  const fixture = TestBed.createComponent(BodyDetail);
  fixture.componentRef.setInput('code', 'market');
  await settle(fixture, () => expect(byTestId(fixture.nativeElement, 'body-detail')).not.toBeNull());
  return { fixture, api, el: fixture.nativeElement as HTMLElement };
}

function choose(select: HTMLSelectElement | null, value: string): void {
  select!.value = value;
  select!.dispatchEvent(new Event('change'));
}

function item(el: HTMLElement, sector: string): HTMLElement {
  return el.querySelector<HTMLElement>(`[data-testid="scope-item"][data-sector="${sector}"]`)!;
}

describe('BodyDetail', () => {
  afterEach(() => document.querySelectorAll('ngb-modal-window, ngb-modal-backdrop').forEach(e => e.remove()));

  it('shows the body, its scope items and their keywords', async () => {
    const { el, api } = await render({ canManage: false });
    expect(api.getBody).toHaveBeenCalledWith('market');
    expect(byTestId(el, 'body-name')?.textContent?.trim()).toBe('Market regulation');
    expect(allByTestId(el, 'scope-item').map(e => e.dataset['sector'])).toEqual(['Small supermarkets', 'Catering']);
    expect(allByTestId(item(el, 'Small supermarkets'), 'keyword').map(k => k.textContent?.trim())).toEqual(['corner shop', 'supermarket']);
    expect(byTestId(el, 'scope-summary')?.textContent?.trim()).toBe('[Dalad::Responsibility:Scope:Summary](2,3)');
  });

  it('hides every change without the manage permission', async () => {
    const { el } = await render({ canManage: false });
    for (const action of ['edit-body', 'deactivate-body', 'activate-body', 'add-scope-item', 'remove-scope-item', 'add-keyword', 'remove-keyword']) {
      expect(byTestId(el, action), action).toBeNull();
    }
    expect(byTestId(el, 'body-history')).not.toBeNull();
  });

  it('offers the changes to a user who may manage the matrix', async () => {
    const { el } = await render({ canManage: true });
    for (const action of ['edit-body', 'deactivate-body', 'add-scope-item', 'remove-scope-item', 'add-keyword', 'remove-keyword']) {
      expect(byTestId(el, action), action).not.toBeNull();
    }
  });

  it('adds a keyword to a scope item with its basis, then shows the reloaded body', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, api });
    byTestId(item(el, 'Small supermarkets'), 'add-keyword')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'new-keyword')).not.toBeNull());
    expect(byTestId(dialog(), 'change-message')?.textContent?.trim()).toBe('[Dalad::Responsibility:Keyword:AddMessage](Small supermarkets)');

    api.getBody.mockReturnValue(
      of({ ...market, scopeItems: [{ ...market.scopeItems[0], keywords: ['corner shop', 'kiosk', 'supermarket'], industryCodes: [] }, market.scopeItems[1]] }),
    );
    type(byTestId(dialog(), 'new-keyword'), ' kiosk ');
    type(byTestId(dialog(), 'change-basis'), 'Notice 12');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());

    expect(api.addKeyword).toHaveBeenCalledWith('item-1', 'kiosk', 'Notice 12');
    expect(api.getBody).toHaveBeenCalledTimes(2);
    expect(allByTestId(item(el, 'Small supermarkets'), 'keyword').map(k => k.textContent?.trim())).toContain('kiosk');
  });

  it('does not add a keyword without a basis', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, api });
    byTestId(item(el, 'Catering'), 'add-keyword')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'new-keyword')).not.toBeNull());
    type(byTestId(dialog(), 'new-keyword'), 'canteen');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'field-error')).not.toBeNull());
    expect(api.addKeyword).not.toHaveBeenCalled();
  });

  it('removes a keyword, the basis going with it', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, api });
    byTestId(item(el, 'Catering'), 'remove-keyword')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'change-basis')).not.toBeNull());
    expect(byTestId(dialog(), 'change-message')?.textContent?.trim()).toBe('[Dalad::Responsibility:Keyword:RemoveMessage](restaurant,Catering)');
    type(byTestId(dialog(), 'change-basis'), 'Merged into catering');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.removeKeyword).toHaveBeenCalledWith('item-2', 'restaurant', 'Merged into catering');
  });

  it('adds a scope item with its keywords split at commas', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, api });
    byTestId(el, 'add-scope-item')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'new-item-sector')).not.toBeNull());
    type(byTestId(dialog(), 'new-item-sector'), 'Bars');
    type(byTestId(dialog(), 'new-item-keywords'), 'bar, pub\uff0cpub');
    type(byTestId(dialog(), 'change-basis'), 'Notice 12');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.createScopeItem).toHaveBeenCalledWith('market', { sector: 'Bars', sourceText: null, keywords: ['bar', 'pub'], basis: 'Notice 12' });
  });

  it('removes a scope item with its basis', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, api });
    byTestId(item(el, 'Catering'), 'remove-scope-item')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'change-basis')).not.toBeNull());
    type(byTestId(dialog(), 'change-basis'), 'Notice 13');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.removeScopeItem).toHaveBeenCalledWith('item-2', 'Notice 13');
  });

  it('edits the name and duty, keeping the kind', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, api });
    byTestId(el, 'edit-body')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'edit-body-name')).not.toBeNull());
    expect(byTestId<HTMLInputElement>(dialog(), 'edit-body-name')!.value).toBe('Market regulation');
    type(byTestId(dialog(), 'edit-body-name'), 'Market supervision');
    type(byTestId(dialog(), 'edit-body-duty'), '');
    type(byTestId(dialog(), 'change-basis'), 'Renamed');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.updateBody).toHaveBeenCalledWith('market', { name: 'Market supervision', duty: '', kind: 'industry', basis: 'Renamed' });
  });

  it("shows why the server refuses to deactivate a body that still owns open cases", async () => {
    const api = fakeApi();
    const detail = '"Market regulation" still owns 3 open case(s) and cannot be deactivated.';
    api.deactivateBody.mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { title: 'Refused', detail, error: { message: 'Refused', details: detail, validationErrors: null } },
          }),
      ),
    );
    const { fixture, el } = await render({ canManage: true, api });
    byTestId(el, 'deactivate-body')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'change-basis')).not.toBeNull());
    type(byTestId(dialog(), 'change-basis'), 'Reorganisation');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'problem-message')?.textContent?.trim()).toBe(detail));
    expect(api.deactivateBody).toHaveBeenCalledWith('market', 'Reorganisation');
    expect(byTestId(el, 'body-status')?.textContent?.trim()).toBe('[Dalad::Bodies:Active]');
  });

  it('reactivates an inactive body', async () => {
    const api = fakeApi({ ...market, isActive: false });
    const { fixture, el } = await render({ canManage: true, api });
    expect(byTestId(el, 'deactivate-body')).toBeNull();
    byTestId(el, 'activate-body')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'change-basis')).not.toBeNull());
    type(byTestId(dialog(), 'change-basis'), 'Back in service');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.activateBody).toHaveBeenCalledWith('market', 'Back in service');
  });

  it('filters the scope items by sector or keyword', async () => {
    const many = { ...market, scopeItems: Array.from({ length: 6 }, (_, i) => ({ ...market.scopeItems[0], id: `i${i}`, sector: `Sector ${i}`, keywords: [`word${i}`], industryCodes: [] })) };
    const { fixture, el } = await render({ canManage: false, api: fakeApi(many) });
    type(byTestId(el, 'scope-filter'), 'word4');
    fixture.detectChanges();
    expect(allByTestId(el, 'scope-item').map(e => e.dataset['sector'])).toEqual(['Sector 4']);
  });

  it("shows the server's answer when the body does not exist", async () => {
    const api = fakeApi();
    api.getBody.mockReturnValue(
      throwError(() => new HttpErrorResponse({ status: 404, error: { title: 'Not found', detail: 'No body has the code "nope".' } })),
    );
    TestBed.configureTestingModule({ providers: provideResponsibilityTesting({ api, canManage: true }) });
    const fixture = TestBed.createComponent(BodyDetail);
    fixture.componentRef.setInput('code', 'nope');
    await settle(fixture, () =>
      expect(byTestId(fixture.nativeElement, 'problem-message')?.textContent?.trim()).toBe('No body has the code "nope".'),
    );
  });

  it('shows the industry classes of a scope item', async () => {
    const { el } = await render({ canManage: false });
    expect(allByTestId(item(el, 'Catering'), 'industry-code').map(c => c.textContent?.trim())).toEqual(['H6210', 'H6220', 'H6291']);
    expect(byTestId(item(el, 'Small supermarkets'), 'industry-codes')).toBeNull();
    expect(byTestId(el, 'move-scope-item')).toBeNull();
  });

  it('splits some industry classes off to another body, which it offers instead of itself', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, api });
    byTestId(item(el, 'Catering'), 'move-scope-item')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'move-item-body')?.querySelectorAll('option').length).toBe(2));
    const options = [...byTestId(dialog(), 'move-item-body')!.querySelectorAll('option')].map(o => o.value);
    expect(options).toEqual(['', 'tourism']);
    choose(byTestId(dialog(), 'move-item-body'), 'tourism');
    const boxes = byTestId(dialog(), 'move-item-codes')!.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    expect([...boxes].map(b => b.checked)).toEqual([true, true, true]);
    boxes[0].click();
    type(byTestId(dialog(), 'change-basis'), 'Tourist restaurants to tourism');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.moveScopeItem).toHaveBeenCalledWith('item-2', {
      bodyCode: 'tourism',
      industryCodes: ['H6220', 'H6291'],
      basis: 'Tourist restaurants to tourism',
    });
  });

  it('moves a whole item when every class goes, and not without a body', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, api });
    byTestId(item(el, 'Catering'), 'move-scope-item')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'move-item-body')?.querySelectorAll('option').length).toBe(2));
    type(byTestId(dialog(), 'change-basis'), 'Merger');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'field-error')).not.toBeNull());
    expect(api.moveScopeItem).not.toHaveBeenCalled();
    choose(byTestId(dialog(), 'move-item-body'), 'tourism');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.moveScopeItem).toHaveBeenCalledWith('item-2', { bodyCode: 'tourism', industryCodes: null, basis: 'Merger' });
  });
});
