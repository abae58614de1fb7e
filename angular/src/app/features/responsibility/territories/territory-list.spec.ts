import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, Router } from '@angular/router';
import { of } from 'rxjs';
import { Territory } from '../data/matrix.models';
import { allByTestId, byTestId, dialog, provideResponsibilityTesting, settle, type } from '../testing/responsibility-testing';
import { TerritoryList } from './territory-list';

const territories: Territory[] = [
  { code: '150621001', name: 'Gongye street', kind: 'street', bodyCode: 'gongye-street', aliases: [], villages: [] },
  {
    code: '150621104',
    name: 'Zhaojun town',
    kind: 'town',
    bodyCode: 'zhaojun-town',
    aliases: ['Zhaojun'],
    villages: [
      { name: 'West community', kind: 'community', code: null },
      { name: 'East village', kind: 'village', code: '150621104201' },
    ],
  },
];

function fakeApi() {
  return {
    getTerritories: vi.fn(() => of({ totalCount: territories.length, items: structuredClone(territories) })),
    getBodies: vi.fn(() =>
      of({
        totalCount: 4,
        items: [
          { code: 'gongye-street', name: 'Gongye street office', kind: 'territorial', isActive: true },
          { code: 'zhaojun-town', name: 'Zhaojun town government', kind: 'territorial', isActive: true },
          { code: 'water', name: 'Water bureau', kind: 'industry', isActive: true },
          { code: 'new-zone', name: 'New zone committee', kind: 'zone', isActive: true },
        ],
      }),
    ),
    addAlias: vi.fn(() => of(territories[1])),
    removeAlias: vi.fn(() => of(territories[1])),
    addVillage: vi.fn(() => of(territories[1])),
    removeVillage: vi.fn(() => of(territories[1])),
    createTerritory: vi.fn(() => of(territories[0])),
    updateTerritory: vi.fn(() => of(territories[1])),
  };
}

async function render(options: { canManage: boolean; code?: string; api?: ReturnType<typeof fakeApi> }) {
  const api = options.api ?? fakeApi();
  TestBed.configureTestingModule({
    providers: [
      ...provideResponsibilityTesting({ api, canManage: options.canManage }),
      { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(options.code ? { territory: options.code } : {}) } } },
    ],
  });
  const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(TerritoryList);
  await settle(fixture, () => expect(byTestId(fixture.nativeElement, 'territory-detail')).not.toBeNull());
  return { fixture, api, navigate, el: fixture.nativeElement as HTMLElement };
}

describe('TerritoryList', () => {
  afterEach(() => document.querySelectorAll('ngb-modal-window, ngb-modal-backdrop').forEach(e => e.remove()));

  it('lists the territories with their owners and opens the first', async () => {
    const { el } = await render({ canManage: false });
    expect(allByTestId(el, 'territory').map(t => t.dataset['territory'])).toEqual(['150621001', '150621104']);
    expect(allByTestId(el, 'territory')[1].textContent).toContain('Zhaojun town government');
    expect(byTestId(el, 'territory-detail')?.dataset['territory']).toBe('150621001');
    expect(byTestId(el, 'villages-empty')).not.toBeNull();
  });

  it('opens the territory named in the address, with its aliases and villages (villages first)', async () => {
    const { el } = await render({ canManage: false, code: '150621104' });
    expect(byTestId(el, 'territory-owner')?.textContent?.trim()).toBe('Zhaojun town government');
    expect(allByTestId(el, 'alias').map(a => a.textContent?.trim())).toEqual(['Zhaojun']);
    expect(allByTestId(el, 'village').map(v => v.dataset['village'])).toEqual(['East village', 'West community']);
    expect(allByTestId(el, 'village')[0].textContent).toContain('[Dalad::VillageKind:village|village]');
  });

  it('selects another territory and keeps it in the address', async () => {
    const { fixture, el, navigate } = await render({ canManage: false });
    allByTestId(el, 'territory')[1].click();
    fixture.detectChanges();
    expect(byTestId(el, 'territory-detail')?.dataset['territory']).toBe('150621104');
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { territory: '150621104' } }));
  });

  it('filters by alias or village name', async () => {
    const { fixture, el } = await render({ canManage: false });
    type(byTestId(el, 'territory-filter'), 'east vill');
    fixture.detectChanges();
    expect(allByTestId(el, 'territory').map(t => t.dataset['territory'])).toEqual(['150621104']);
  });

  it('hides every change without the manage permission', async () => {
    const { el } = await render({ canManage: false, code: '150621104' });
    for (const action of ['add-alias', 'remove-alias', 'add-village', 'remove-village']) {
      expect(byTestId(el, action), action).toBeNull();
    }
  });

  it('adds an alias with its basis and reloads', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, code: '150621104', api });
    byTestId(el, 'add-alias')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'new-alias')).not.toBeNull());
    type(byTestId(dialog(), 'new-alias'), 'Zhaojun township');
    type(byTestId(dialog(), 'change-basis'), 'Gazetteer 2026');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.addAlias).toHaveBeenCalledWith('150621104', 'Zhaojun township', 'Gazetteer 2026');
    expect(api.getTerritories).toHaveBeenCalledTimes(2);
  });

  it('removes an alias with its basis', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, code: '150621104', api });
    byTestId(el, 'remove-alias')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'change-basis')).not.toBeNull());
    type(byTestId(dialog(), 'change-basis'), 'Not used any more');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.removeAlias).toHaveBeenCalledWith('150621104', 'Zhaojun', 'Not used any more');
  });

  it('adds a community with its optional statistical code', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, code: '150621104', api });
    byTestId(el, 'add-village')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'new-village-name')).not.toBeNull());
    type(byTestId(dialog(), 'new-village-name'), 'North community');
    const kind = byTestId<HTMLSelectElement>(dialog(), 'new-village-kind')!;
    kind.value = 'community';
    kind.dispatchEvent(new Event('change'));
    type(byTestId(dialog(), 'new-village-code'), '150621104002');
    type(byTestId(dialog(), 'change-basis'), 'Civil affairs list 2026');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.addVillage).toHaveBeenCalledWith('150621104', {
      name: 'North community',
      kind: 'community',
      code: '150621104002',
      basis: 'Civil affairs list 2026',
    });
  });

  it('refuses a village code that is not 12 digits, before sending anything', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, code: '150621104', api });
    byTestId(el, 'add-village')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'new-village-name')).not.toBeNull());
    type(byTestId(dialog(), 'new-village-name'), 'North village');
    type(byTestId(dialog(), 'new-village-code'), '1506');
    type(byTestId(dialog(), 'change-basis'), 'List 2026');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () =>
      expect(byTestId(dialog(), 'field-error')?.textContent?.trim()).toBe('[Dalad::Responsibility:Validation:VillageCodeFormat]'),
    );
    expect(api.addVillage).not.toHaveBeenCalled();
  });

  it('removes a village with its basis', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, code: '150621104', api });
    allByTestId(el, 'remove-village')[0].click();
    await settle(fixture, () => expect(byTestId(dialog(), 'change-basis')).not.toBeNull());
    type(byTestId(dialog(), 'change-basis'), 'Merged');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.removeVillage).toHaveBeenCalledWith('150621104', 'East village', 'Merged');
  });

  it('creates a territory owned by a town, street or zone body, with its aliases', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, api });
    byTestId(el, 'create-territory')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'territory-code')).not.toBeNull());
    const owners = [...byTestId(dialog(), 'territory-owner-select')!.querySelectorAll('option')].map(o => o.value);
    expect(owners).toEqual(['', 'gongye-street', 'zhaojun-town', 'new-zone']);
    type(byTestId(dialog(), 'territory-code'), '15062110');
    type(byTestId(dialog(), 'territory-name'), 'New town');
    type(byTestId(dialog(), 'change-basis'), 'Boundary change 2026');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'field-error')).not.toBeNull());
    expect(api.createTerritory).not.toHaveBeenCalled();

    type(byTestId(dialog(), 'territory-code'), '150621199');
    const owner = byTestId<HTMLSelectElement>(dialog(), 'territory-owner-select')!;
    owner.value = 'new-zone';
    owner.dispatchEvent(new Event('change'));
    type(byTestId(dialog(), 'territory-aliases'), 'Newtown\uff0cNT');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.createTerritory).toHaveBeenCalledWith({
      code: '150621199',
      name: 'New town',
      kind: 'town',
      bodyCode: 'new-zone',
      aliases: ['Newtown', 'NT'],
      basis: 'Boundary change 2026',
    });
    expect(api.getTerritories).toHaveBeenCalledTimes(2);
  });

  it('renames a territory and hands it to another owner', async () => {
    const api = fakeApi();
    const { fixture, el } = await render({ canManage: true, code: '150621104', api });
    byTestId(el, 'edit-territory')!.click();
    await settle(fixture, () => expect(byTestId(dialog(), 'territory-name')).not.toBeNull());
    expect(byTestId(dialog(), 'territory-code')).toBeNull();
    expect(byTestId<HTMLInputElement>(dialog(), 'territory-name')!.value).toBe('Zhaojun town');
    await settle(fixture, () => expect(byTestId<HTMLSelectElement>(dialog(), 'territory-owner-select')?.value).toBe('zhaojun-town'));
    type(byTestId(dialog(), 'territory-name'), 'Zhaojun');
    const owner = byTestId<HTMLSelectElement>(dialog(), 'territory-owner-select')!;
    owner.value = 'gongye-street';
    owner.dispatchEvent(new Event('change'));
    type(byTestId(dialog(), 'change-basis'), 'Merged offices');
    byTestId(dialog(), 'change-submit')!.click();
    await settle(fixture, () => expect(dialog()).toBeNull());
    expect(api.updateTerritory).toHaveBeenCalledWith('150621104', { name: 'Zhaojun', bodyCode: 'gongye-street', basis: 'Merged offices' });
  });

  it('offers no territory changes without the manage permission', async () => {
    const { el } = await render({ canManage: false });
    expect(byTestId(el, 'create-territory')).toBeNull();
    expect(byTestId(el, 'edit-territory')).toBeNull();
  });
});
