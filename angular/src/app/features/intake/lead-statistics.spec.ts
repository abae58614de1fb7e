import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { IntakeApi, LeadStatistics } from './intake-api';
import { LeadStatisticsPage } from './lead-statistics';

const stats: LeadStatistics = {
  from: '2026-05-08',
  to: '2026-05-10',
  summary: { leads: 4, pending: 1, dispatched: 2, linked: 1, corrected: 1, routedWithoutCorrectionShare: 0.5, dispatchOverdue: 0, workers: 43, amountOwed: 722000 },
  byChannel: [{ key: '12345', name: null, count: 3 }, { key: 'petition', name: null, count: 1 }],
  byTerritory: [{ key: 'bainijing-town', name: 'Town A', count: 3 }],
  bySector: [{ key: 'housing', name: 'Housing bureau', count: 3 }],
  byDay: [{ key: '2026-05-09', name: null, count: 2 }],
};

describe('LeadStatisticsPage', () => {
  it('shows the server\'s summary and breakdowns, and asks again for the period typed', () => {
    const api = { getStatistics: vi.fn(() => of(stats)) };
    TestBed.configureTestingModule({
      providers: [...provideAbpFakes(new FakeConfigState({})), provideRouter([]), { provide: IntakeApi, useValue: api }],
    });
    const fixture = TestBed.createComponent(LeadStatisticsPage);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;

    expect(api.getStatistics).toHaveBeenCalledWith(undefined, undefined);
    expect(el.querySelector('[data-testid="summary-leads"]')?.textContent?.trim()).toBe('4');
    expect(el.querySelector('[data-testid="summary-share"]')?.textContent?.trim()).toBe('50%');
    expect(el.querySelector('[data-testid="statistics-by-territory"] [data-key="bainijing-town"]')?.textContent).toContain('Town A');
    expect(el.querySelector('[data-testid="statistics-by-day"] [data-key="2026-05-09"]')?.textContent).toContain('2');

    fixture.componentInstance.from = '2026-05-01';
    fixture.componentInstance.load();
    expect(api.getStatistics).toHaveBeenLastCalledWith('2026-05-01', '2026-05-10');
  });
});
