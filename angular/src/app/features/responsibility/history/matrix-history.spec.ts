import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, Router } from '@angular/router';
import { of } from 'rxjs';
import { MatrixChange } from '../data/matrix.models';
import { allByTestId, byTestId, provideResponsibilityTesting, settle } from '../testing/responsibility-testing';
import { HISTORY_PAGE_SIZE, MatrixHistory } from './matrix-history';

const changes: MatrixChange[] = [
  {
    version: 280,
    time: '2026-03-02T09:30:00+08:00',
    userName: 'admin',
    basis: 'Notice 12',
    action: 'KeywordAdded',
    entityType: 'ScopeItem',
    entityKey: 'item-1',
    bodyCode: 'market',
    before: { id: 'item-1', bodyCode: 'market', sector: 'Small supermarkets', sourceText: '', keywords: ['shop'] },
    after: { id: 'item-1', bodyCode: 'market', sector: 'Small supermarkets', sourceText: '', keywords: ['shop', 'kiosk'] },
  },
  {
    version: 1,
    time: '2025-08-11T00:00:00+08:00',
    userName: null,
    basis: 'The plan',
    action: 'BodyCreated',
    entityType: 'Body',
    entityKey: 'market',
    bodyCode: 'market',
    before: null,
    after: { code: 'market', name: 'Market regulation', kind: 'industry', duty: null, isActive: true },
  },
];

function fakeApi() {
  return {
    getHistory: vi.fn(() => of({ totalCount: 41, items: changes })),
    getBodies: vi.fn(() => of({ totalCount: 1, items: [{ code: 'market', name: 'Market regulation', kind: 'industry', isActive: true }] })),
  };
}

async function render(query: Record<string, string> = {}) {
  const api = fakeApi();
  TestBed.configureTestingModule({
    providers: [
      ...provideResponsibilityTesting({ api, canManage: false }),
      { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(query) } } },
    ],
  });
  vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(MatrixHistory);
  await settle(fixture, () => expect(byTestId(fixture.nativeElement, 'history-table')).not.toBeNull());
  return { fixture, api, el: fixture.nativeElement as HTMLElement };
}

describe('MatrixHistory', () => {
  it('shows who changed what, when (Beijing time) and on which basis', async () => {
    const { el, api } = await render();
    expect(api.getHistory).toHaveBeenCalledWith({ skipCount: 0, maxResultCount: HISTORY_PAGE_SIZE });
    const [latest, seed] = allByTestId(el, 'history-row');
    expect(latest.textContent).toContain('2026-03-02 09:30');
    expect(latest.textContent).toContain('admin');
    expect(latest.textContent).toContain('[Dalad::MatrixAction:KeywordAdded|KeywordAdded]');
    expect(latest.textContent).toContain('Small supermarkets');
    expect(latest.textContent).toContain('Market regulation');
    expect(byTestId(latest, 'history-what')?.textContent).toContain('+ kiosk');
    expect(latest.textContent).toContain('Notice 12');
    expect(seed.textContent).toContain('[Dalad::Responsibility:History:Seed]');
    expect(seed.textContent).toContain('2025-08-11 00:00');
  });

  it("reads a body's or a territory's history from the address", async () => {
    const { api } = await render({ bodyCode: 'market', entityType: 'Territory', entityKey: '150621104', page: '2' });
    expect(api.getHistory).toHaveBeenCalledWith({
      entityType: 'Territory',
      entityKey: '150621104',
      bodyCode: 'market',
      skipCount: HISTORY_PAGE_SIZE,
      maxResultCount: HISTORY_PAGE_SIZE,
    });
  });

  it('filters by kind of object from the first page', async () => {
    const { el, api } = await render({ page: '2' });
    const type = byTestId<HTMLSelectElement>(el, 'history-type')!;
    type.value = 'ScopeItem';
    type.dispatchEvent(new Event('change'));
    expect(api.getHistory).toHaveBeenLastCalledWith({ entityType: 'ScopeItem', skipCount: 0, maxResultCount: HISTORY_PAGE_SIZE });
  });
});
