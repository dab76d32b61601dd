import type { ApiRequest, ApiResponse } from '../../shared/api/api-shapes';

export type TagGroupResponse = ApiResponse<'/api/v1/tag-groups/{id}', 'get'>;
export type CreateTagGroupRequest = ApiRequest<'/api/v1/tag-groups', 'post'>;
export type UpdateTagGroupRequest = ApiRequest<'/api/v1/tag-groups/{id}', 'patch'>;
export type TagResponse = ApiResponse<'/api/v1/tags/{id}', 'get'>;
export type CreateTagRequest = ApiRequest<'/api/v1/tags', 'post'>;
export type UpdateTagRequest = ApiRequest<'/api/v1/tags/{id}', 'patch'>;
export type BulkTagCustomersRequest = ApiRequest<'/api/v1/customers/tags', 'post'>;
export type BulkTagCustomersResponse = ApiResponse<'/api/v1/customers/tags', 'post'>;

/** A tag as a customer carries it: enough to show a chip. */
export interface TagChip {
  id: string;
  name: string;
  color: string | null;
}
