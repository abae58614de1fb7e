import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router } from '@angular/router';
import { BehaviorSubject, of } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { CaseDirectory } from '../cases/shared/case-directory';
import { SearchApi } from './search-api';
import { SearchHome } from './search-home';
import { hitLink, parts, statusState, titleParts } from './search-logic';

describe('search logic', () => {
  it('shows the number once, keeps the marks the server made, and links every hit', () => {
    const title = 'DLT-2026-000001 Acme Site';
    expect(titleParts({ number: 'DLT-2026-000001', title, titleParts: null })).toEqual([{ text: 'Acme Site', match: false }]);
    expect(
      titleParts({
        number: 'DLT-2026-000001',
        title,
        titleParts: [{ text: 'DLT-2026-000001 ', match: false }, { text: 'Acme', match: true }, { text: ' Site', match: false }],
      }),
    ).toEqual([{ text: 'Acme', match: true }, { text: ' Site', match: false }]);
    expect(titleParts({ number: 'T-1', title: 'Other', titleParts: [{ text: 'Other', match: false }] })).toEqual([{ text: 'Other', match: false }]);
    expect(parts('plain', undefined)).toEqual([{ text: 'plain', match: false }]);
    expect(parts('', null)).toEqual([]);
    expect(hitLink({ id: 'c1' }, 'cases', false)).toEqual({ path: ['/cases', 'c1'] });
    expect(hitLink({ id: 'l1', caseId: 'c1' }, 'leads', true)).toEqual({ path: ['/intake'], query: { lead: 'l1' } });
    expect(hitLink({ id: 'l1', caseId: 'c1' }, 'leads', false)).toEqual({ path: ['/cases', 'c1'] });
    expect(hitLink({ id: 'l1', caseId: null }, 'leads', false)).toBeNull();
    expect(statusState('cases', 'handling')).toBe('running');
    expect(statusState('cases', 'closed')).toBe('closed');
    expect(statusState('leads', 'pending')).toBe('pending');
  });
});

describe('SearchHome', () => {
  it('shows localized statuses, one title, highlighted words and a link that opens the case, and sends the filters', () => {
    const params = new BehaviorSubject(convertToParamMap({ q: 'Acme', in: 'cases', status: 'handling', bodyCode: 'housing' }));
    const api = {
      search: vi.fn(() =>
        of({
          totalCount: 1,
          items: [
            {
              id: 'c1',
              number: 'DLT-1',
              title: 'DLT-1 钢筋工 Acme',
              snippet: '钢筋班组 unpaid at Acme site, <b>139****5678</b>',
              status: 'handling',
              score: 1,
              caseId: 'c1',
              at: '2026-11-23T10:00:00+08:00',
              // As the server marks them for the query 钢筋工 Acme (its pairs 钢筋 and 筋工).
              titleParts: [{ text: 'DLT-1 ', match: false }, { text: '钢筋工', match: true }, { text: ' ', match: false }, { text: 'Acme', match: true }],
              snippetParts: [
                { text: '钢筋', match: true },
                { text: '班组 unpaid at ', match: false },
                { text: 'Acme', match: true },
                { text: ' site, <b>139****5678</b>', match: false },
              ],
            },
          ],
          facets: { status: [], body: [], territory: [], sector: [], channel: [], month: [] },
          considered: 1000,
          more: false,
        }),
      ),
    };
    TestBed.configureTestingModule({
      providers: [
        ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: { 'Dalad.Search': true } } })),
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { queryParamMap: params } },
        { provide: SearchApi, useValue: api },
        { provide: CaseDirectory, useValue: { bodies: () => of([{ code: 'housing', name: 'Housing bureau' }]) } },
      ],
    });
    const fixture = TestBed.createComponent(SearchHome);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(api.search).toHaveBeenCalledWith('Acme', 'cases', 50, {
      status: 'handling', bodyCode: 'housing', from: '', to: '', territory: '', sector: '', channel: '', month: '', sort: '',
    });
    const hit = el.querySelector('[data-testid="search-hit"]')!;
    expect(hit.querySelector('[data-testid="search-hit-status"]')?.textContent).toContain('Dalad::CaseStatus:handling');
    expect(hit.querySelector('[data-testid="search-hit-status"]')?.getAttribute('data-state')).toBe('running');
    expect(hit.textContent?.match(/DLT-1/g)?.length).toBe(1);
    expect(hit.querySelector('[data-testid="search-hit-link"]')?.getAttribute('href')).toBe('/cases/c1');
    // The server's marks, as <mark> around bound text: 钢筋 of 钢筋班组 is marked though the query said 钢筋工, and text
    // that looks like markup stays text.
    expect([...hit.querySelectorAll('mark')].map(m => m.textContent)).toEqual(['钢筋工', 'Acme', '钢筋', 'Acme']);
    const snippet = hit.querySelector('[data-testid="search-hit-snippet"]')!;
    expect(snippet.querySelector('b')).toBeNull();
    expect(snippet.textContent?.replace(/\s+/g, ' ')).toContain('<b>139****5678</b>');
    expect(hit.textContent).toContain('2026-11-23 10:00');
  });
});

describe('SearchHome facets', () => {
  function setUp(result: object) {
    const params = new BehaviorSubject(convertToParamMap({ q: 'Acme', in: 'cases', channel: 'petition' }));
    const api = { search: vi.fn(() => of(result)), exportXlsx: vi.fn(() => of(new Blob(['x']))) };
    TestBed.configureTestingModule({
      providers: [
        ...provideAbpFakes(new FakeConfigState({ auth: { grantedPolicies: { 'Dalad.Search': true } } })),
        provideRouter([]),
        { provide: ActivatedRoute, useValue: { queryParamMap: params } },
        { provide: SearchApi, useValue: api },
        { provide: CaseDirectory, useValue: { bodies: () => of([]) } },
      ],
    });
    const fixture = TestBed.createComponent(SearchHome);
    fixture.detectChanges();
    return { fixture, api, el: fixture.nativeElement as HTMLElement, router: TestBed.inject(Router) };
  }

  const result = {
    totalCount: 2,
    items: [{ id: 'c1', number: 'DLT-1', title: 'DLT-1', snippet: 'Acme', status: 'handling', score: 1, caseId: 'c1', at: null }],
    facets: {
      status: [{ value: 'handling', count: 2 }],
      body: [],
      territory: [],
      sector: [{ value: 'housing', count: 2, name: 'Housing bureau' }],
      channel: [{ value: 'petition', count: 2 }, { value: 'warning', count: 1 }],
      month: [{ value: '2026-11', count: 2 }],
    },
    considered: 1000,
    more: true,
  };

  it('shows each counted facet in words with its count, marks the chosen value, and says when only the best matches were counted', () => {
    const { el } = setUp(result);
    const facets = [...el.querySelectorAll('[data-facet]')].map(f => f.getAttribute('data-facet'));
    expect(facets).toEqual(['status', 'sector', 'channel', 'month']);
    const sector = el.querySelector('[data-facet="sector"] [data-testid="search-facet-value"]')!;
    expect(sector.textContent).toContain('Housing bureau');
    expect(sector.textContent).toContain('2');
    const channels = [...el.querySelectorAll('[data-facet="channel"] [data-testid="search-facet-value"]')];
    expect(channels[0].textContent).toContain('Dalad::Intake:Channel:Petition');
    expect(channels[1].textContent).toContain('Dalad::Intake:Channel:Warning');
    expect(channels[0].getAttribute('aria-pressed')).toBe('true');
    expect(channels[1].getAttribute('aria-pressed')).toBe('false');
    expect(el.querySelector('[data-testid="search-count"]')?.textContent).toContain('Dalad::Search:CountMore');
    expect(el.querySelector('[data-testid="search-bounded"]')).toBeNull();
  });

  it('says when the engine ranked only the most recently indexed matches of a query matching too many', () => {
    const { el } = setUp({ ...result, boundedTo: 100000 });
    expect(el.querySelector('[data-testid="search-bounded"]')?.textContent).toContain('Dalad::Search:Bounded');
  });

  it('clicking a value filters by it, clicking the chosen one clears it, and export sends the same search', () => {
    const { el, api, router } = setUp(result);
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    (el.querySelector('[data-facet="sector"] [data-testid="search-facet-value"]') as HTMLButtonElement).click();
    expect(navigate.mock.calls[0][1]?.queryParams).toMatchObject({ q: 'Acme', sector: 'housing', channel: 'petition' });
    (el.querySelector('[data-facet="channel"] [data-testid="search-facet-value"]') as HTMLButtonElement).click();
    expect(navigate.mock.calls[1][1]?.queryParams).toMatchObject({ sector: 'housing', channel: null });

    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    (el.querySelector('[data-testid="search-export"]') as HTMLButtonElement).click();
    expect(api.exportXlsx).toHaveBeenCalledWith('Acme', 'cases', expect.objectContaining({ sector: 'housing', channel: '' }));
    expect(createObjectURL).toHaveBeenCalled();
  });
});
