import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, Router } from '@angular/router';
import { of } from 'rxjs';
import { MatrixSnapshot } from '../data/matrix.models';
import { allByTestId, byTestId, provideResponsibilityTesting, settle, type } from '../testing/responsibility-testing';
import { beijingMinute, MatrixAsOf } from './matrix-as-of';

const snapshot: MatrixSnapshot = {
  version: 275,
  asOf: '2025-09-01T00:00:00+08:00',
  bodies: [
    { code: 'market', name: 'Market regulation', kind: 'industry', duty: null, isActive: true },
    { code: 'old', name: 'Old body', kind: 'support', duty: null, isActive: false },
  ],
  territories: [{ code: '150621104', name: 'Zhaojun town', kind: 'town', bodyCode: 'old', aliases: ['Zhaojun'], villages: [] }],
  scopeItems: [
    { id: 'a', bodyCode: 'market', sector: 'Small supermarkets', sourceText: '', keywords: ['shop', 'kiosk'], industryCodes: [] },
    { id: 'b', bodyCode: 'market', sector: 'Bars', sourceText: '', keywords: ['pub'], industryCodes: [] },
  ],
};

async function render(query: Record<string, string>) {
  const api = { getMatrix: vi.fn(() => of(snapshot)) };
  TestBed.configureTestingModule({
    providers: [
      ...provideResponsibilityTesting({ api, canManage: false }),
      { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(query) } } },
    ],
  });
  vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(MatrixAsOf);
  await settle(fixture, () => expect(byTestId(fixture.nativeElement, 'as-of-scope')).not.toBeNull());
  return { fixture, api, el: fixture.nativeElement as HTMLElement };
}

describe('MatrixAsOf', () => {
  it('asks for the matrix at the moment in the address and shows its scope items', async () => {
    const { el, api } = await render({ at: '2025-09-01T00:00' });
    expect(api.getMatrix).toHaveBeenCalledWith('2025-09-01T00:00');
    expect(byTestId(el, 'as-of-summary')?.textContent).toContain('[Dalad::Responsibility:AsOf:Version](275)');
    expect(byTestId(el, 'as-of-summary')?.textContent).toContain('2025-09-01 00:00');
    expect(allByTestId(el, 'as-of-scope-item').map(r => r.textContent)).toEqual([
      expect.stringContaining('Small supermarkets'),
      expect.stringContaining('Bars'),
    ]);
    expect(byTestId(el, 'as-of-tab-bodies')?.textContent?.trim()).toBe('[Dalad::Responsibility:AsOf:Bodies](2,1)');
  });

  it('filters by keyword and switches to the bodies', async () => {
    const { fixture, el } = await render({ at: '2025-09-01T00:00' });
    type(byTestId(el, 'as-of-filter'), 'pub');
    fixture.detectChanges();
    expect(allByTestId(el, 'as-of-scope-item').length).toBe(1);
    type(byTestId(el, 'as-of-filter'), '');
    byTestId(el, 'as-of-tab-bodies')!.click();
    fixture.detectChanges();
    expect(allByTestId(el, 'as-of-body').map(b => b.dataset['body'])).toEqual(['market', 'old']);
  });

  it('asks for another moment', async () => {
    const { fixture, el, api } = await render({ at: '2025-09-01T00:00' });
    type(byTestId(el, 'as-of-moment'), '2026-01-01T08:00');
    byTestId(el, 'as-of-show')!.click();
    fixture.detectChanges();
    expect(api.getMatrix).toHaveBeenLastCalledWith('2026-01-01T08:00');
  });

  it('shows the current matrix, not the current minute, when no moment is given', async () => {
    const { el, api } = await render({});
    // The current minute would leave out the changes made since it began.
    expect(api.getMatrix).toHaveBeenCalledWith(undefined);
    expect(byTestId<HTMLInputElement>(el, 'as-of-moment')?.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  });

  it('fills the moment field with the current minute in Beijing time', () => {
    expect(beijingMinute(new Date('2026-01-01T20:30:00Z'))).toBe('2026-01-02T04:30');
  });
});
