import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { FakeConfigState, provideAbpFakes } from '../../../testing/abp-fakes';
import { PublicQuery } from './public-query';
import { PublicQueryApi } from './public-query-api';

const found = {
  caseNumber: 'DLT-2026-000001',
  status: 'handling',
  statusText: '办理中',
  receiveDueAt: '2026-02-16T15:59:59+00:00',
  acceptDueAt: '2026-02-27T15:59:59+00:00',
  handleDueAt: '2026-03-20T15:59:59+00:00',
  resolvedAt: null,
};

function setup(lookup: unknown) {
  TestBed.configureTestingModule({
    providers: [...provideAbpFakes(new FakeConfigState({})), { provide: PublicQueryApi, useValue: { lookup } }],
  });
  const fixture = TestBed.createComponent(PublicQuery);
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const type = (id: string, value: string) => {
    const input = el.querySelector<HTMLInputElement>('#' + id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = () => {
    el.querySelector<HTMLButtonElement>('[data-testid="query-submit"]')!.click();
    fixture.detectChanges();
  };
  return { el, type, submit };
}

describe('PublicQuery (办理进度查询, no sign-in)', () => {
  it('asks for all three before it looks anything up', () => {
    const lookup = vi.fn();
    const { el, type, submit } = setup(lookup);
    type('query-number', 'DLT-2026-000001');
    submit();
    expect(lookup).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="query-required"]')?.textContent).toContain('Dalad::PublicQuery:Required');
    expect(el.querySelector('#query-phone')?.classList).toContain('is-invalid');
    expect(el.querySelector('#query-number')?.classList).not.toContain('is-invalid');
  });

  it('shows the status and the due dates in Beijing time', () => {
    const lookup = vi.fn(() => of(found));
    const { el, type, submit } = setup(lookup);
    type('query-number', ' DLT-2026-000001 ');
    type('query-phone', '13900000117');
    type('query-code', 'k7m2qx');
    submit();
    expect(lookup).toHaveBeenCalledWith('DLT-2026-000001', '13900000117', 'k7m2qx');
    const result = el.querySelector('[data-testid="query-result"]')!.textContent!;
    expect(result).toContain('DLT-2026-000001');
    expect(el.querySelector('[data-testid="query-status"]')?.textContent).toContain('办理中');
    expect(result).toContain('2026-02-27 23:59'); // 15:59:59 UTC is 23:59 in Beijing
    expect(result).not.toContain('Dalad::PublicQuery:ResolvedAt');
  });

  it('gives one answer for a wrong number, phone or code, and says when to wait', () => {
    const lookup = vi
      .fn()
      .mockReturnValueOnce(throwError(() => new HttpErrorResponse({ status: 404 })))
      .mockReturnValueOnce(throwError(() => new HttpErrorResponse({ status: 429 })));
    const { el, type, submit } = setup(lookup);
    type('query-number', 'DLT-2026-000002');
    type('query-phone', '13900000117');
    type('query-code', 'AAAAAA');
    submit();
    expect(el.querySelector('[data-testid="query-problem"]')?.textContent).toContain('Dalad::PublicQuery:NotFound');
    expect(el.querySelector('[data-testid="query-result"]')).toBeNull();
    submit();
    expect(el.querySelector('[data-testid="query-problem"]')?.textContent).toContain('Dalad::PublicQuery:TooMany');
  });
});
