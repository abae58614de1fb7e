/** What the matrix API (`/api/app`, responsibility module) sends and takes. */

export interface PagedResult<T> {
  totalCount: number;
  items: T[];
}

export interface Body {
  code: string;
  name: string;
  kind: string;
  duty?: string | null;
  isActive: boolean;
}

export interface BodyReference {
  code: string;
  name: string;
}

export interface ScopeItem {
  id: string;
  bodyCode: string;
  sector: string;
  sourceText: string;
  keywords: string[];
}

export interface BodyDetails extends Body {
  territories: BodyReference[];
  scopeItems: ScopeItem[];
}

export interface Village {
  name: string;
  kind: string;
  code?: string | null;
}

export interface Territory {
  code: string;
  name: string;
  kind: string;
  bodyCode: string;
  aliases: string[];
  villages: Village[];
}

/** One entry of the change log; `before`/`after` hold the whole body, territory or scope item (null: created/removed). */
export interface MatrixChange {
  version: number;
  time: string;
  userName?: string | null;
  basis: string;
  action: string;
  entityType: string;
  entityKey: string;
  bodyCode: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface MatrixSnapshot {
  version: number;
  asOf?: string | null;
  bodies: Body[];
  territories: Territory[];
  scopeItems: ScopeItem[];
}

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

export interface CreateBodyRequest {
  code: string;
  name: string;
  kind: string;
  duty?: string | null;
  basis: string;
}

export interface UpdateBodyRequest {
  name: string;
  duty?: string | null;
  basis: string;
}

export interface CreateScopeItemRequest {
  sector: string;
  sourceText?: string | null;
  keywords?: string[];
  basis: string;
}

export interface AddVillageRequest {
  name: string;
  kind: string;
  code?: string | null;
  basis: string;
}
