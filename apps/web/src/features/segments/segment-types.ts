import type { ApiRequest, ApiResponse } from '../../shared/api/api-shapes';

export type SegmentResponse = ApiResponse<'/api/v1/segments/{id}', 'get'>;
export type SegmentKind = SegmentResponse['kind'];
/** What a dynamic segment stores: the GET /customers filters it selects by. */
export type SegmentFilter = NonNullable<SegmentResponse['filter']>;
export type CreateSegmentRequest = ApiRequest<'/api/v1/segments', 'post'>;
export type UpdateSegmentRequest = ApiRequest<'/api/v1/segments/{id}', 'patch'>;
