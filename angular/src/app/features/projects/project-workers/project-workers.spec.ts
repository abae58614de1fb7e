import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../../testing/abp-fakes';
import { ProjectsApi } from '../projects-api';
import { ProjectWorkers } from './project-workers';

const WORKER = { id: 'w1', name: '张建国', maskedIdNumber: '1506**********0012', team: '钢筋班', subcontractor: null };
const MONTHS = [
  { workerId: 'w1', worker: '张建国', month: '2026-04', daysWorked: 22, daysPaid: 15, amountPaid: 4500 },
  { workerId: 'w2', worker: '李四', month: '2026-04', daysWorked: 10, daysPaid: 10, amountPaid: 3000 },
];

function setup(overrides: Record<string, unknown> = {}) {
  const api = {
    getWorkers: vi.fn(() => of([WORKER])),
    getPayAgainstAttendance: vi.fn(() => of(MONTHS)),
    addWorker: vi.fn(() => of({ ...WORKER, id: 'w3', name: '王五' })),
    importAttendanceFile: vi.fn(() => of({ imported: 44, duplicates: 0 })),
    importPaymentFile: vi.fn(() => of({ recorded: 1 })),
    ...overrides,
  };
  TestBed.configureTestingModule({
    providers: [...provideAbpFakes(new FakeConfigState({})), { provide: ProjectsApi, useValue: api }],
  });
  const fixture = TestBed.createComponent(ProjectWorkers);
  fixture.componentRef.setInput('projectId', 'p1');
  fixture.componentRef.setInput('canManage', true);
  fixture.detectChanges();
  const changed = vi.fn();
  fixture.componentInstance.changed.subscribe(changed);
  return { fixture, el: fixture.nativeElement as HTMLElement, api, changed, component: fixture.componentInstance };
}

function pick(el: HTMLElement, id: string, file: File) {
  const input = el.querySelector<HTMLInputElement>('#' + id)!;
  Object.defineProperty(input, 'files', { value: [file] });
  input.dispatchEvent(new Event('change'));
}

describe('ProjectWorkers', () => {
  it('lists the workers masked and flags the month paid for fewer days than worked', () => {
    const { el } = setup();
    expect(el.querySelector('[data-testid="worker"]')?.textContent).toContain('1506**********0012');
    const rows = el.querySelectorAll('[data-testid="pay-row"]');
    expect(rows[0].getAttribute('data-short')).toBe('true');
    expect(rows[0].textContent).toContain('Dalad::ProjectWorkers:Short');
    expect(rows[1].getAttribute('data-short')).toBe('false');
  });

  it('uploads the attendance file, reports the counts and asks the page to reload the warnings', () => {
    const { fixture, el, api, changed } = setup();
    const file = new File(['设备编号,身份证号,打卡时间\n'], 'april.csv');
    pick(el, 'attendance-file', file);
    el.querySelector<HTMLButtonElement>('[data-testid="attendance-upload"]')!.click();
    fixture.detectChanges();
    expect(api.importAttendanceFile).toHaveBeenCalledWith('p1', file);
    expect(el.querySelector('[data-testid="attendance-result"]')?.textContent).toContain('Dalad::ProjectWorkers:AttendanceImported');
    expect(changed).toHaveBeenCalled();
    expect(api.getPayAgainstAttendance).toHaveBeenCalledTimes(2);
  });

  it("shows each bad row's Chinese error of a refused file", () => {
    const detail = '第 3 行：打卡时间「四月一日」无法识别\n第 4 行：考勤设备编号不能为空';
    const { fixture, el, changed } = setup({ importAttendanceFile: vi.fn(() => throwError(() => ({ error: { title: '输入有误', detail } }))) });
    pick(el, 'attendance-file', new File(['x'], 'bad.csv'));
    el.querySelector<HTMLButtonElement>('[data-testid="attendance-upload"]')!.click();
    fixture.detectChanges();
    const error = el.querySelector('[data-testid="attendance-error"]')!.textContent!;
    expect(error).toContain('第 3 行：打卡时间「四月一日」无法识别');
    expect(error).toContain('第 4 行：考勤设备编号不能为空');
    expect(changed).not.toHaveBeenCalled();
  });

  it('needs a month and a file before sending the bank file', () => {
    const { fixture, el, api, component } = setup();
    el.querySelector<HTMLButtonElement>('[data-testid="pay-upload"]')!.click();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="pay-error"]')?.textContent).toContain('Dalad::ProjectWorkers:ChooseMonth');
    component.payMonth.setValue('2026-04');
    const file = new File(['x'], 'bank.xlsx');
    pick(el, 'pay-file', file);
    el.querySelector<HTMLButtonElement>('[data-testid="pay-upload"]')!.click();
    expect(api.importPaymentFile).toHaveBeenCalledWith('p1', '2026-04', file);
  });

  it('refuses an identity number of the wrong shape before sending it', () => {
    const { fixture, el, api, component } = setup();
    component.adding.set(true);
    fixture.detectChanges();
    component.workerForm.setValue({ name: '王五', idNumber: '12345', team: '', subcontractor: '' });
    component.addWorker();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="worker-summary"]')?.textContent).toContain('Dalad::ProjectWorkers:IdNumber');
    expect(api.addWorker).not.toHaveBeenCalled();
  });
});
