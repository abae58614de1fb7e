/** What the matrix API (`/api/app`, responsibility module) sends and takes. */
import type {
  AddVillageRequest,
  BodyDetailsDto,
  BodyDto,
  BodyReferenceDto,
  CreateBodyRequest,
  CreateScopeItemRequest,
  CreateTerritoryRequest,
  MatrixChangeDto,
  MoveScopeItemRequest,
  ScopeItemMoveDto,
  ResponsibilityMatrixSnapshot,
  ScopeItemDto,
  TerritoryDto,
  UpdateBodyRequest,
  UpdateTerritoryRequest,
  VillageDto,
} from '../../../proxy/generated/models';

export interface PagedResult<T> {
  totalCount: number;
  items: T[];
}

// The answers are the generated DTOs (scripts/generate-api-clients.sh); these names are the feature's vocabulary.
export type Body = BodyDto;
export type BodyReference = BodyReferenceDto;
export type ScopeItem = ScopeItemDto;
export type BodyDetails = BodyDetailsDto;
export type Village = VillageDto;
export type Territory = TerritoryDto;
/** One entry of the change log; `before`/`after` hold the whole body, territory or scope item (null: created/removed). */
export type MatrixChange = Omit<MatrixChangeDto, 'before' | 'after'> & {
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};
export type MatrixSnapshot = ResponsibilityMatrixSnapshot;

export interface GetBodiesInput {
  filter?: string;
  kind?: string;
  isActive?: boolean;
  skipCount?: number;
  maxResultCount?: number;
}

export interface GetTerritoriesInput {
  filter?: string;
  kind?: string;
  bodyCode?: string;
}

export interface GetHistoryInput {
  entityType?: string;
  entityKey?: string;
  bodyCode?: string;
  skipCount?: number;
  maxResultCount?: number;
}

// Every change names its basis: the document it rests on (kept in the history).

export type {
  AddVillageRequest,
  CreateBodyRequest,
  CreateScopeItemRequest,
  CreateTerritoryRequest,
  MoveScopeItemRequest,
  ScopeItemMoveDto,
  UpdateBodyRequest,
  UpdateTerritoryRequest,
};
