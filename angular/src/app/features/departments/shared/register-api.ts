import { Rest, RestService } from '@abp/ng.core';
import { HttpEvent } from '@angular/common/http';
import { inject, Injectable, Injector } from '@angular/core';
import { Observable } from 'rxjs';
import type * as Generated from '../../../proxy/generated/models';
import type {
  PagedResultOfTerritoryDto,
  RegisterEntryInput,
  RegisterEntryView,
  RegisterKindView,
  RegisterPage,
  TerritoryDto,
} from '../../../proxy/generated/models';

// The answers and requests are the generated DTOs (scripts/generate-api-clients.sh).
export type { RegisterEntryInput };
// A row's outcome narrowed to the three values the server knows.
export type RegisterImportRow = Omit<Generated.RegisterImportRow, 'outcome'> & { outcome: ImportOutcome };
export type RegisterImportReport = Omit<Generated.RegisterImportReport, 'rows'> & { rows: RegisterImportRow[] };
export type RegisterEntryDto = RegisterEntryView;
export type RegisterPageDto = RegisterPage;
export type RegisterKindDto = RegisterKindView;
export type TerritoryOption = TerritoryDto;

export interface RegisterListQuery {
  filter?: string;
  kind?: string;
  territoryCode?: string;
  isActive?: boolean;
  skipCount?: number;
  maxResultCount?: number;
}

export type ImportOutcome = 'imported' | 'updated' | 'rejected';

/** The server's limits of an entry (`RegisterEntry.MaxNameLength`, `MaxAliases`), shown with counters. */
export const REGISTER_LIMITS = { name: 200, aliases: 20, alias: 200 } as const;

/**
 * The register API every department plugin has, under `/api/app/departments/{key}/register`.
 * Errors are not reported by ABP's global handler (`skipHandleError`): the register page shows
 * the server's localized message in a toast instead.
 */
@Injectable({ providedIn: 'root' })
export class RegisterApi {
  private readonly injector = inject(Injector);
  private readonly config: Rest.Config = { apiName: 'default', skipHandleError: true };

  /** Resolved on first use, so a workspace can be rendered (e.g. in tests) without the HTTP stack. */
  private get rest(): RestService {
    return this.injector.get(RestService);
  }

  static url(key: string, path = ''): string {
    return `/api/app/departments/${key}/register${path}`;
  }

  getList(key: string, query: RegisterListQuery = {}): Observable<RegisterPageDto> {
    return this.rest.request<void, RegisterPageDto>(
      { method: 'GET', url: RegisterApi.url(key), params: { ...query } },
      this.config,
    );
  }

  getKinds(key: string): Observable<RegisterKindDto[]> {
    return this.rest.request<void, RegisterKindDto[]>({ method: 'GET', url: RegisterApi.url(key, '/kinds') }, this.config);
  }

  create(key: string, input: RegisterEntryInput): Observable<RegisterEntryDto> {
    return this.rest.request<RegisterEntryInput, RegisterEntryDto>(
      { method: 'POST', url: RegisterApi.url(key), body: input },
      this.config,
    );
  }

  update(key: string, id: string, input: RegisterEntryInput): Observable<RegisterEntryDto> {
    return this.rest.request<RegisterEntryInput, RegisterEntryDto>(
      { method: 'PUT', url: RegisterApi.url(key, `/${id}`), body: input },
      this.config,
    );
  }

  delete(key: string, id: string): Observable<void> {
    return this.rest.request<void, void>({ method: 'DELETE', url: RegisterApi.url(key, `/${id}`) }, this.config);
  }

  // String values: Rest's const enums exist only in type declarations.
  /** The Excel template (its column headers are in the user's language). */
  downloadTemplate(key: string): Observable<Blob> {
    return this.rest.request<void, Blob>(
      { method: 'GET', url: RegisterApi.url(key, '/import-template') },
      { ...this.config, responseType: 'blob' as Rest.ResponseType },
    );
  }

  /** Uploads a workbook; the events carry the upload progress and, last, the row-by-row report. */
  import(key: string, file: File): Observable<HttpEvent<RegisterImportReport>> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.rest.request<FormData, HttpEvent<RegisterImportReport>>(
      { method: 'POST', url: RegisterApi.url(key, '/import'), body: form, reportProgress: true },
      { ...this.config, observe: 'events' as Rest.Observe },
    );
  }

  getTerritories(): Observable<PagedResultOfTerritoryDto> {
    return this.rest.request<void, PagedResultOfTerritoryDto>(
      { method: 'GET', url: '/api/app/territories' },
      this.config,
    );
  }
}
