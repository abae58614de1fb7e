import { Rest, RestService } from '@abp/ng.core';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AddVillageRequest,
  Body,
  BodyDetails,
  CreateBodyRequest,
  CreateScopeItemRequest,
  CreateTerritoryRequest,
  GetBodiesInput,
  GetHistoryInput,
  GetTerritoriesInput,
  MatrixChange,
  MatrixSnapshot,
  MoveScopeItemRequest,
  PagedResult,
  ScopeItem,
  ScopeItemMoveDto,
  Territory,
  UpdateBodyRequest,
  UpdateTerritoryRequest,
} from './matrix.models';
import type { DutyAssignmentDto, KeywordSuggestionsDto } from '../../../proxy/generated/models';

const segment = encodeURIComponent;

/**
 * The responsibility matrix API. Errors are not reported by ABP's global handler: the pages show
 * the server's problem details where the user acted (see problem.ts).
 */
@Injectable({ providedIn: 'root' })
export class MatrixApi {
  private readonly rest = inject(RestService);

  private request<T>(method: string, url: string, options: { body?: unknown; params?: Rest.Params } = {}): Observable<T> {
    return this.rest.request<unknown, T>(
      { method, url, body: options.body, params: options.params },
      { apiName: 'default', skipHandleError: true },
    );
  }

  // ---- bodies ----

  getBodies(input: GetBodiesInput = {}): Observable<PagedResult<Body>> {
    return this.request('GET', '/api/app/bodies', { params: { ...input } });
  }

  getBody(code: string): Observable<BodyDetails> {
    return this.request('GET', `/api/app/bodies/${segment(code)}`);
  }

  createBody(body: CreateBodyRequest): Observable<Body> {
    return this.request('POST', '/api/app/bodies', { body });
  }

  updateBody(code: string, body: UpdateBodyRequest): Observable<Body> {
    return this.request('PUT', `/api/app/bodies/${segment(code)}`, { body });
  }

  deactivateBody(code: string, basis: string): Observable<Body> {
    return this.request('POST', `/api/app/bodies/${segment(code)}/deactivate`, { body: { basis } });
  }

  activateBody(code: string, basis: string): Observable<Body> {
    return this.request('POST', `/api/app/bodies/${segment(code)}/activate`, { body: { basis } });
  }

  // ---- scope items and keywords ----

  createScopeItem(bodyCode: string, body: CreateScopeItemRequest): Observable<ScopeItem> {
    return this.request('POST', `/api/app/bodies/${segment(bodyCode)}/scope-items`, { body });
  }

  removeScopeItem(id: string, basis: string): Observable<void> {
    return this.request('DELETE', `/api/app/scope-items/${segment(id)}`, { params: { basis } });
  }

  /** Moves some industry classes of an item (a split) or the whole item (moved, or merged into the target's item of the sector). */
  moveScopeItem(id: string, body: MoveScopeItemRequest): Observable<ScopeItemMoveDto> {
    return this.request('POST', `/api/app/scope-items/${segment(id)}/move`, { body });
  }

  addKeyword(scopeItemId: string, keyword: string, basis: string): Observable<ScopeItem> {
    return this.request('POST', `/api/app/scope-items/${segment(scopeItemId)}/keywords`, { body: { keyword, basis } });
  }

  removeKeyword(scopeItemId: string, keyword: string, basis: string): Observable<ScopeItem> {
    return this.request('DELETE', `/api/app/scope-items/${segment(scopeItemId)}/keywords/${segment(keyword)}`, {
      params: { basis },
    });
  }

  /**
   * The words the dispatchers' corrections share that the matrix lacks, each with the body and scope item it would join
   * (the routing module's `GET /api/app/routing/keyword-suggestions`, the manage permission); approving one is `addKeyword`.
   */
  getKeywordSuggestions(): Observable<KeywordSuggestionsDto> {
    return this.request('GET', '/api/app/routing/keyword-suggestions');
  }

  // ---- duties (matrix roles) ----

  getDuties(): Observable<DutyAssignmentDto[]> {
    return this.request('GET', '/api/app/duties');
  }

  reassignDuty(role: string, bodyCode: string, basis: string): Observable<DutyAssignmentDto> {
    return this.request('PUT', `/api/app/duties/${segment(role)}`, { body: { bodyCode, basis } });
  }

  // ---- territories, aliases, villages ----

  getTerritories(input: GetTerritoriesInput = {}): Observable<PagedResult<Territory>> {
    return this.request('GET', '/api/app/territories', { params: { ...input } });
  }

  createTerritory(body: CreateTerritoryRequest): Observable<Territory> {
    return this.request('POST', '/api/app/territories', { body });
  }

  updateTerritory(code: string, body: UpdateTerritoryRequest): Observable<Territory> {
    return this.request('PUT', `/api/app/territories/${segment(code)}`, { body });
  }

  addAlias(territoryCode: string, alias: string, basis: string): Observable<Territory> {
    return this.request('POST', `/api/app/territories/${segment(territoryCode)}/aliases`, { body: { alias, basis } });
  }

  removeAlias(territoryCode: string, alias: string, basis: string): Observable<Territory> {
    return this.request('DELETE', `/api/app/territories/${segment(territoryCode)}/aliases/${segment(alias)}`, {
      params: { basis },
    });
  }

  addVillage(territoryCode: string, body: AddVillageRequest): Observable<Territory> {
    return this.request('POST', `/api/app/territories/${segment(territoryCode)}/villages`, { body });
  }

  removeVillage(territoryCode: string, name: string, basis: string): Observable<Territory> {
    return this.request('DELETE', `/api/app/territories/${segment(territoryCode)}/villages/${segment(name)}`, {
      params: { basis },
    });
  }

  // ---- history ----

  getHistory(input: GetHistoryInput = {}): Observable<PagedResult<MatrixChange>> {
    return this.request('GET', '/api/app/matrix/history', { params: { ...input } });
  }

  /** The matrix as it stood at `asOf` (`yyyy-MM-ddTHH:mm`, Beijing time), or now. */
  getMatrix(asOf?: string): Observable<MatrixSnapshot> {
    return this.request('GET', '/api/app/matrix', { params: asOf ? { asOf } : {} });
  }
}
