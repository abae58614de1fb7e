import { RestService } from '@abp/ng.core';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { RegisterApi } from './register-api';
import { serverErrorMessage } from '../../../shared/server-error';
import { HttpErrorResponse } from '@angular/common/http';

describe('RegisterApi', () => {
  function setup() {
    const request = vi.fn((..._args: unknown[]) => of({}));
    TestBed.configureTestingModule({ providers: [{ provide: RestService, useValue: { request } }] });
    return { api: TestBed.inject(RegisterApi), request };
  }

  it("lists a plugin's register with the filters as query parameters, errors left to the page", () => {
    const { api, request } = setup();
    api.getList('development-zones', { filter: 'coal', kind: 'enterprise', skipCount: 10, maxResultCount: 10 }).subscribe();
    expect(request).toHaveBeenCalledWith(
      {
        method: 'GET',
        url: '/api/app/departments/development-zones/register',
        params: { filter: 'coal', kind: 'enterprise', skipCount: 10, maxResultCount: 10 },
      },
      expect.objectContaining({ skipHandleError: true }),
    );
  });

  it('creates, updates and deletes under the register URL', () => {
    const { api, request } = setup();
    const input = { kind: 'coal-mine', name: 'A', aliases: [], isActive: true };
    api.create('energy', input).subscribe();
    api.update('energy', 'id-1', input).subscribe();
    api.delete('energy', 'id-1').subscribe();
    expect(request.mock.calls.map(c => [(c[0] as any).method, (c[0] as any).url, (c[0] as any).body])).toEqual([
      ['POST', '/api/app/departments/energy/register', input],
      ['PUT', '/api/app/departments/energy/register/id-1', input],
      ['DELETE', '/api/app/departments/energy/register/id-1', undefined],
    ]);
  });

  it('downloads the template as a blob and uploads the workbook as the multipart field "file" with progress events', () => {
    const { api, request } = setup();
    api.downloadTemplate('water').subscribe();
    expect(request.mock.calls[0][0]).toMatchObject({ method: 'GET', url: '/api/app/departments/water/register/import-template' });
    expect(request.mock.calls[0][1]).toMatchObject({ responseType: 'blob', skipHandleError: true });

    const file = new File(['x'], 'rows.xlsx');
    api.import('water', file).subscribe();
    const [upload, config] = request.mock.calls[1] as [any, any];
    expect(upload).toMatchObject({ method: 'POST', url: '/api/app/departments/water/register/import', reportProgress: true });
    expect((upload.body as FormData).get('file')).toBeInstanceOf(File);
    expect(config).toMatchObject({ observe: 'events', skipHandleError: true });
  });
});

describe('serverErrorMessage', () => {
  const failed = (error: unknown) => new HttpErrorResponse({ status: 409, error });

  it("reads ABP's error format first", () => {
    expect(serverErrorMessage(failed({ error: { message: 'Duplicate' }, detail: 'other' }))).toBe('Duplicate');
    expect(serverErrorMessage(failed({ error: { message: 'Invalid', details: 'Name is empty' } }))).toBe('Name is empty');
  });

  it('falls back to problem details: detail, validation errors, title', () => {
    expect(serverErrorMessage(failed({ title: 'Conflict', detail: 'Already registered' }))).toBe('Already registered');
    expect(serverErrorMessage(failed({ title: 'Validation', errors: { name: ['Name is empty'], kind: ['Kind?'] } }))).toBe(
      'Name is empty Kind?',
    );
    expect(serverErrorMessage(failed({ title: 'Forbidden' }))).toBe('Forbidden');
  });

  it('has nothing to say for a body that is not JSON', () => {
    expect(serverErrorMessage(failed('<html>'))).toBeUndefined();
    expect(serverErrorMessage(new HttpErrorResponse({ status: 0 }))).toBeUndefined();
  });
});
