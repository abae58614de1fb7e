import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import { ProjectsApi } from '../projects-api';
import { projectDetail } from '../testing/projects-testing';
import { ProjectSupervision } from './project-supervision';

const TYPES = [
  { code: 'E4812', name: 'Bridge construction', group: 'transport', checklist: [{ key: 'account', name: '专户按月拨付人工费' }, { key: 'board', name: '维权信息告示牌' }] },
  { code: 'E4710', name: 'Housing', group: 'housing', checklist: [{ key: 'other', name: '其他' }] },
];

function setup(overrides: Record<string, unknown> = {}) {
  const api = {
    getProjectTypes: vi.fn(() => of(TYPES)),
    addInspection: vi.fn(() => of(projectDetail())),
    addAdvance: vi.fn(() => of(projectDetail())),
    ...overrides,
  };
  TestBed.configureTestingModule({
    providers: [...provideAbpFakes(new FakeConfigState({})), { provide: ProjectsApi, useValue: api }],
  });
  const fixture = TestBed.createComponent(ProjectSupervision);
  fixture.componentRef.setInput('project', projectDetail());
  fixture.componentRef.setInput('canManage', true);
  fixture.detectChanges();
  const saved = vi.fn();
  fixture.componentInstance.saved.subscribe(saved);
  return { fixture, el: fixture.nativeElement as HTMLElement, api, saved, component: fixture.componentInstance };
}

describe('ProjectSupervision', () => {
  it("records an inspection with the checklist of the project's type", () => {
    const { fixture, el, api, saved, component } = setup();
    el.querySelector<HTMLButtonElement>('[data-testid="inspection-add"]')!.click();
    fixture.detectChanges();
    const items = el.querySelectorAll('[data-testid="checklist-item"]');
    expect(items.length).toBe(2);
    expect(items[1].textContent).toContain('维权信息告示牌');
    component.inspectionForm.patchValue({ date: '2026-11-05', inspector: '王监察' });
    component.inspectionForm.controls.items.at(1).patchValue({ passed: false, remarks: '未设置' });
    el.querySelector<HTMLButtonElement>('[data-testid="inspection-save"]')!.click();
    expect(api.addInspection).toHaveBeenCalledWith('p1', {
      date: '2026-11-05',
      inspector: '王监察',
      findings: null,
      checklist: [
        { item: 'account', passed: true, remarks: null },
        { item: 'board', passed: false, remarks: '未设置' },
      ],
    });
    expect(saved).toHaveBeenCalled();
  });

  it('lists what an advance lacks and sends nothing; shows the server error in Chinese', () => {
    const { fixture, el, api, component } = setup({ addAdvance: vi.fn(() => throwError(() => ({ error: { detail: '垫资日期不能为空。' } }))) });
    el.querySelector<HTMLButtonElement>('[data-testid="advance-add"]')!.click();
    fixture.detectChanges();
    el.querySelector<HTMLButtonElement>('[data-testid="advance-save"]')!.click();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="advance-summary"]')?.textContent).toContain('Dalad::ProjectSupervision:AdvanceAmount');
    expect(api.addAdvance).not.toHaveBeenCalled();

    component.advanceForm.setValue({ date: '2026-11-01', amount: 120000, contractor: 'Big contractor', remarks: '' });
    el.querySelector<HTMLButtonElement>('[data-testid="advance-save"]')!.click();
    fixture.detectChanges();
    expect(api.addAdvance).toHaveBeenCalledWith('p1', { date: '2026-11-01', amount: 120000, contractor: 'Big contractor', remarks: null });
    expect(el.querySelector('[data-testid="advance-error"]')?.textContent).toContain('垫资日期不能为空。');
  });
});
