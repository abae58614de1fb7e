import { RestService } from '@abp/ng.core';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, Subject, throwError } from 'rxjs';
import type { KeywordSuggestionsDto } from '../../../proxy/generated/models';
import { MatrixApi } from '../data/matrix-api';
import { allByTestId, byTestId, provideResponsibilityTesting, settle } from '../testing/responsibility-testing';
import { KeywordSuggestionList, sharePercent } from './keyword-suggestions';

const suggestions: KeywordSuggestionsDto = {
  decisionCount: 2400,
  examined: 2000,
  correctionCount: 37,
  items: [
    {
      keyword: 'escape room',
      bodyCode: 'culture',
      bodyName: 'Culture and tourism',
      scopeItemId: 'item-7',
      sector: 'Entertainment venues',
      corrections: 4,
      decisions: 5,
      share: 0.8,
      examples: ['The escape room on Main Street owes its staff.', 'Unpaid wages at an escape room.'],
      ruleBodyNames: ['Market regulation', '—'],
    },
    {
      keyword: 'drone',
      bodyCode: 'airport',
      bodyName: 'Airport office',
      scopeItemId: null,
      sector: null,
      corrections: 2,
      decisions: 2,
      share: 1,
      examples: ['The drone show team was not paid.'],
      ruleBodyNames: ['Housing bureau'],
    },
  ],
};

function fakeApi(result: KeywordSuggestionsDto = suggestions) {
  return {
    getKeywordSuggestions: vi.fn(() => of(structuredClone(result))),
    addKeyword: vi.fn(() => of({})),
  };
}

async function render(options: { api?: ReturnType<typeof fakeApi> } = {}) {
  const api = options.api ?? fakeApi();
  const toaster = { success: vi.fn((..._args: unknown[]) => 0), error: vi.fn(() => 0) };
  TestBed.configureTestingModule({ providers: provideResponsibilityTesting({ api, toaster, canManage: true }) });
  const fixture = TestBed.createComponent(KeywordSuggestionList);
  await settle(fixture, () => expect(byTestId(fixture.nativeElement, 'keyword-suggestions')).not.toBeNull());
  return { fixture, api, toaster, el: fixture.nativeElement as HTMLElement };
}

function row(el: HTMLElement, keyword: string): HTMLElement {
  return el.querySelector<HTMLElement>(`[data-testid="suggestion"][data-keyword="${keyword}"]`)!;
}

function text(root: HTMLElement, id: string): string | undefined {
  return byTestId(root, id)?.textContent?.trim();
}

describe('KeywordSuggestionList', () => {
  it('says how many decisions were examined and how many the matrix alone routes elsewhere', async () => {
    const { el, api } = await render();
    expect(api.getKeywordSuggestions).toHaveBeenCalledTimes(1);
    expect(text(el, 'suggestions-summary')).toBe('[Dalad::Responsibility:Suggestions:SummaryNewest](2000,2400,37)');
  });

  it('says it plainly when every decision was examined', async () => {
    const { el } = await render({ api: fakeApi({ ...suggestions, decisionCount: 120, examined: 120, correctionCount: 9 }) });
    expect(text(el, 'suggestions-summary')).toBe('[Dalad::Responsibility:Suggestions:Summary](120,9)');
  });

  it('lists each suggestion with its body, scope item, corrections, share, where the rules send it and its examples', async () => {
    const { el } = await render();
    expect(allByTestId(el, 'suggestion').map(r => r.dataset['keyword'])).toEqual(['escape room', 'drone']);
    const first = row(el, 'escape room');
    expect(text(first, 'suggestion-keyword')).toBe('escape room');
    expect(text(first, 'suggestion-body')).toBe('Culture and tourism');
    expect(byTestId(first, 'suggestion-body')?.getAttribute('href')).toBe('/responsibility/bodies/culture');
    expect(text(first, 'suggestion-scope')).toBe('Entertainment venues');
    expect(text(first, 'suggestion-corrections')).toBe('4');
    expect(text(first, 'suggestion-share')).toBe('80%');
    expect(byTestId(first, 'suggestion-share')?.title).toBe('[Dalad::Responsibility:Suggestions:ShareHelp](5)');
    expect(text(first, 'suggestion-rules')).toBe('Market regulation[Dalad::Definitions:ListSeparator]—');
    expect(allByTestId(first, 'suggestion-example').map(e => e.textContent?.trim())).toEqual(suggestions.items[0].examples);
    expect(byTestId(first, 'suggestion-no-scope')).toBeNull();
  });

  it('rounds the share to a whole percentage', () => {
    expect(sharePercent(1)).toBe('100%');
    expect(sharePercent(0.83)).toBe('83%');
    expect(sharePercent(0.875)).toBe('88%');
  });

  it('approves a suggestion in one click: the keyword joins its scope item with the corrections as basis, then the list reloads', async () => {
    const api = fakeApi();
    const { fixture, el, toaster } = await render({ api });
    api.getKeywordSuggestions.mockReturnValue(of({ ...suggestions, correctionCount: 33, items: [suggestions.items[1]] }));
    byTestId(row(el, 'escape room'), 'approve-suggestion')!.click();
    await settle(fixture, () => expect(allByTestId(el, 'suggestion').map(r => r.dataset['keyword'])).toEqual(['drone']));

    expect(api.addKeyword).toHaveBeenCalledWith('item-7', 'escape room', '[Dalad::Responsibility:Suggestions:Basis](4)');
    expect(toaster.success).toHaveBeenCalledWith('Dalad::Responsibility:Suggestions:Approved', undefined, {
      messageLocalizationParams: ['escape room', 'Entertainment venues'],
    });
    expect(api.getKeywordSuggestions).toHaveBeenCalledTimes(2);
    expect(byTestId(el, 'approve-failed')).toBeNull();
  });

  it("sends the approval to the scope item's keywords with the keyword and its basis", async () => {
    const request = vi.fn((options: { url: string }) =>
      options.url === '/api/app/routing/keyword-suggestions' ? of(structuredClone(suggestions)) : of({}),
    );
    TestBed.configureTestingModule({
      providers: [...provideResponsibilityTesting({ api: {}, canManage: true }), { provide: MatrixApi, useClass: MatrixApi }, { provide: RestService, useValue: { request } }],
    });
    const fixture = TestBed.createComponent(KeywordSuggestionList);
    await settle(fixture, () => expect(byTestId(fixture.nativeElement, 'suggestions-table')).not.toBeNull());
    byTestId(row(fixture.nativeElement, 'escape room'), 'approve-suggestion')!.click();
    await settle(fixture, () => expect(request).toHaveBeenCalledTimes(3));

    expect(request.mock.calls.map(call => call[0])).toEqual([
      { method: 'GET', url: '/api/app/routing/keyword-suggestions', body: undefined, params: undefined },
      {
        method: 'POST',
        url: '/api/app/scope-items/item-7/keywords',
        body: { keyword: 'escape room', basis: '[Dalad::Responsibility:Suggestions:Basis](4)' },
        params: undefined,
      },
      { method: 'GET', url: '/api/app/routing/keyword-suggestions', body: undefined, params: undefined },
    ]);
  });

  it('cannot approve a word for a body without a scope item, and says why', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ api });
    const drone = row(el, 'drone');
    const button = byTestId<HTMLButtonElement>(drone, 'approve-suggestion')!;
    expect(button.disabled).toBe(true);
    expect(text(drone, 'suggestion-no-scope')).toBe('[Dalad::Responsibility:Suggestions:NoScopeItem]');
    expect(button.getAttribute('aria-describedby')).toBe(byTestId(drone, 'suggestion-no-scope')!.id);
    button.click();
    fixture.detectChanges();
    expect(api.addKeyword).not.toHaveBeenCalled();
    expect(byTestId<HTMLButtonElement>(row(el, 'escape room'), 'approve-suggestion')!.disabled).toBe(false);
  });

  it('is busy while saving: a spinner on the row, no second approval', async () => {
    const api = fakeApi();
    const answer = new Subject<object>();
    api.addKeyword.mockReturnValue(answer);
    const { fixture, el } = await render({ api });
    const escape = row(el, 'escape room');
    byTestId(escape, 'approve-suggestion')!.click();
    fixture.detectChanges();
    expect(byTestId(escape, 'approve-busy')).not.toBeNull();
    expect(byTestId<HTMLButtonElement>(escape, 'approve-suggestion')!.disabled).toBe(true);
    byTestId(escape, 'approve-suggestion')!.click();
    expect(api.addKeyword).toHaveBeenCalledTimes(1);

    answer.next({});
    answer.complete();
    await settle(fixture, () => expect(byTestId(el, 'approve-busy')).toBeNull());
  });

  it("shows the server's reason when an approval fails, and keeps the suggestion", async () => {
    const api = fakeApi();
    const detail = 'The scope item "Entertainment venues" already has the keyword "escape room".';
    api.addKeyword.mockReturnValue(
      throwError(() => new HttpErrorResponse({ status: 400, error: { title: 'Refused', detail, error: { message: 'Refused', details: detail } } })),
    );
    const { fixture, el, toaster } = await render({ api });
    byTestId(row(el, 'escape room'), 'approve-suggestion')!.click();
    await settle(fixture, () => expect(byTestId(el, 'approve-failed')).not.toBeNull());

    const failed = byTestId(el, 'approve-failed')!;
    expect(failed.textContent).toContain('[Dalad::Responsibility:Suggestions:ApproveFailed](escape room)');
    expect(text(failed, 'problem-message')).toBe(detail);
    expect(toaster.success).not.toHaveBeenCalled();
    expect(api.getKeywordSuggestions).toHaveBeenCalledTimes(1);
    expect(byTestId<HTMLButtonElement>(row(el, 'escape room'), 'approve-suggestion')!.disabled).toBe(false);
  });

  it('says when there is nothing to suggest', async () => {
    const { el } = await render({ api: fakeApi({ decisionCount: 40, examined: 40, correctionCount: 1, items: [] }) });
    expect(text(el, 'suggestions-empty')).toBe('[Dalad::Responsibility:Suggestions:Empty]');
    expect(byTestId(el, 'suggestions-table')).toBeNull();
    expect(text(el, 'suggestions-summary')).toBe('[Dalad::Responsibility:Suggestions:Summary](40,1)');
  });

  it('shows the loading state until the answer arrives', async () => {
    const api = fakeApi();
    const answer = new Subject<KeywordSuggestionsDto>();
    api.getKeywordSuggestions.mockReturnValue(answer);
    TestBed.configureTestingModule({ providers: provideResponsibilityTesting({ api, canManage: true }) });
    const fixture = TestBed.createComponent(KeywordSuggestionList);
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('dalad-loading')).not.toBeNull();
    answer.next(structuredClone(suggestions));
    await settle(fixture, () => expect(byTestId(fixture.nativeElement, 'suggestions-table')).not.toBeNull());
    expect(fixture.nativeElement.querySelector('dalad-loading')).toBeNull();
  });

  it("shows the server's answer when the list cannot be loaded", async () => {
    const api = fakeApi();
    api.getKeywordSuggestions.mockReturnValue(throwError(() => new HttpErrorResponse({ status: 403 })));
    TestBed.configureTestingModule({ providers: provideResponsibilityTesting({ api, canManage: true }) });
    const fixture = TestBed.createComponent(KeywordSuggestionList);
    await settle(fixture, () => expect(byTestId(fixture.nativeElement, 'problem')).not.toBeNull());
    expect(fixture.nativeElement.textContent).toContain('[AbpUi::DefaultErrorMessage403]');
  });
});
