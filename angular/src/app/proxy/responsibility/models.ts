export interface BodyDto {
  code: string;
  name: string;
  kind: string;
  isActive: boolean;
}

export interface PagedResultDto<T> {
  totalCount: number;
  items: T[];
}

export interface GetBodiesInput {
  filter?: string;
  sorting?: string;
  skipCount?: number;
  maxResultCount?: number;
}
