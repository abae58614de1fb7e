import { HttpErrorResponse } from '@angular/common/http';
import { toProblem } from './problem';

describe('toProblem', () => {
  it("takes the server's localized text from ABP's error format", () => {
    const error = new HttpErrorResponse({
      status: 409,
      error: {
        title: 'Not done',
        detail: 'The body still owns territories.',
        error: { code: 'Responsibility:BodyOwnsTerritories', message: 'Not done', details: 'The body still owns territories.' },
      },
    });
    expect(toProblem(error)).toEqual({ title: 'Not done', messages: ['The body still owns territories.'] });
  });

  it('lists each validation error on its own', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        title: 'Invalid',
        detail: 'a; b',
        errors: { code: ['a'], name: ['b'] },
        error: { message: 'Invalid', details: 'a; b', validationErrors: [{ message: 'a' }, { message: 'b' }] },
      },
    });
    expect(toProblem(error)).toEqual({ title: 'Invalid', messages: ['a', 'b'] });
  });

  it('reads plain problem details too', () => {
    const error = new HttpErrorResponse({ status: 400, error: { title: 'Invalid', errors: { basis: ['Basis is required.'] } } });
    expect(toProblem(error)).toEqual({ title: 'Invalid', messages: ['Basis is required.'] });
  });

  it("falls back on ABP's texts when the server said nothing", () => {
    expect(toProblem(new HttpErrorResponse({ status: 403 }))).toEqual({
      titleKey: 'AbpUi::DefaultErrorMessage403',
      messages: [],
      detailKey: 'AbpUi::DefaultErrorMessage403Detail',
    });
    expect(toProblem(new HttpErrorResponse({ status: 0 })).detailKey).toBe('AbpUi::InternetConnectionInfo');
    expect(toProblem(new Error('boom')).titleKey).toBe('AbpUi::DefaultErrorMessage');
  });
});
