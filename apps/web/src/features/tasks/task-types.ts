import type { ApiQuery, ApiRequest, ApiResponse } from '../../shared/api/api-shapes';

export type TaskResponse = ApiResponse<'/api/v1/tasks/{id}', 'get'>;
export type TaskListQuery = ApiQuery<'/api/v1/tasks', 'get'>;
export type CreateTaskRequest = ApiRequest<'/api/v1/tasks', 'post'>;
export type UpdateTaskRequest = ApiRequest<'/api/v1/tasks/{id}', 'patch'>;
export type TaskPriority = TaskResponse['priority'];
export type TaskStatus = TaskResponse['status'];
