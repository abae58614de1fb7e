import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { BehaviorSubject, of } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { CaseDirectory } from '../cases/shared/case-directory';
import { SearchApi } from './search-api';
import { SearchHome } from './search-home';
import { hitLink, hitTitle, queryTerms, statusState } from './search-logic';

describe('search logic', () => {
  it('shows the number once, splits the query into words, and links every hit', () => {
    expect(hitTitle({ number: 'DLT-2026-000001', title: 'DLT-2026-000001 Acme Site' })).toBe('Acme Site');
    expect(hitTitle({ number: 'T-1', title: 'Other' })).toBe('Other');
    expect(queryTerms(' wages  Acme, wages ')).toEqual(['wages', 'Acme']);
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
          items: [{ id: 'c1', number: 'DLT-1', title: 'DLT-1 Acme', snippet: 'unpaid at Acme site', status: 'handling', score: 1, caseId: 'c1', at: '2026-11-23T10:00:00+08:00' }],
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

    expect(api.search).toHaveBeenCalledWith('Acme', 'cases', 50, { status: 'handling', bodyCode: 'housing', from: '', to: '' });
    const hit = el.querySelector('[data-testid="search-hit"]')!;
    expect(hit.querySelector('[data-testid="search-hit-status"]')?.textContent).toContain('Dalad::CaseStatus:handling');
    expect(hit.querySelector('[data-testid="search-hit-status"]')?.getAttribute('data-state')).toBe('running');
    expect(hit.textContent?.match(/DLT-1/g)?.length).toBe(1);
    expect(hit.querySelector('[data-testid="search-hit-link"]')?.getAttribute('href')).toBe('/cases/c1');
    expect([...hit.querySelectorAll('mark')].map(m => m.textContent)).toEqual(['Acme', 'Acme']);
    expect(hit.textContent).toContain('2026-11-23 10:00');
  });
});
