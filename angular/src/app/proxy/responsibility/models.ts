export type { BodyDto } from '../generated/models';

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
