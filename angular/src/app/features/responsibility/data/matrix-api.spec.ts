import { RestService } from '@abp/ng.core';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { MatrixApi } from './matrix-api';

describe('MatrixApi', () => {
  function setup() {
    const request = vi.fn((..._args: unknown[]) => of({}));
    TestBed.configureTestingModule({ providers: [{ provide: RestService, useValue: { request } }] });
    return { api: TestBed.inject(MatrixApi), request };
  }

  it('sends every change with its basis, names in the path encoded', () => {
    const { api, request } = setup();
    api.addKeyword('item-1', 'kiosk', 'Notice 12').subscribe();
    api.removeKeyword('item-1', 'a/b c', 'Notice 12').subscribe();
    api.deactivateBody('market', 'Reorganisation').subscribe();
    api.removeAlias('150621104', 'Zhaojun', 'Not used').subscribe();
    expect(request.mock.calls.map(call => call[0])).toEqual([
      { method: 'POST', url: '/api/app/scope-items/item-1/keywords', body: { keyword: 'kiosk', basis: 'Notice 12' }, params: undefined },
      { method: 'DELETE', url: '/api/app/scope-items/item-1/keywords/a%2Fb%20c', body: undefined, params: { basis: 'Notice 12' } },
      { method: 'POST', url: '/api/app/bodies/market/deactivate', body: { basis: 'Reorganisation' }, params: undefined },
      { method: 'DELETE', url: '/api/app/territories/150621104/aliases/Zhaojun', body: undefined, params: { basis: 'Not used' } },
    ]);
  });

  it("leaves errors to the pages (not ABP's global dialog)", () => {
    const { api, request } = setup();
    api.getBodies({ filter: 'market' }).subscribe();
    expect(request).toHaveBeenCalledWith(
      { method: 'GET', url: '/api/app/bodies', body: undefined, params: { filter: 'market' } },
      { apiName: 'default', skipHandleError: true },
    );
  });

  it('asks for the matrix as of a moment only when one is given', () => {
    const { api, request } = setup();
    api.getMatrix('2026-01-01T08:00').subscribe();
    api.getMatrix().subscribe();
    expect(request.mock.calls.map(call => (call[0] as { params: unknown }).params)).toEqual([{ asOf: '2026-01-01T08:00' }, {}]);
  });
});
