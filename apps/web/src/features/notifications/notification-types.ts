import type { ApiResponse } from '../../shared/api/api-shapes';

export type NotificationListResponse = ApiResponse<'/api/v1/notifications', 'get'>;
export type NotificationResponse = NotificationListResponse['items'][number];
