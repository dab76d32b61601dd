import { expectSuccess, unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { todayQueryKeys } from '../../today/hooks/today-query-keys';
import type { CreateTaskRequest, TaskResponse, UpdateTaskRequest } from '../task-types';
import { taskQueryKeys } from './task-query-keys';

interface UpdateInput {
  task: TaskResponse;
  changes: UpdateTaskRequest;
}

export async function fetchTask(id: string): Promise<TaskResponse> {
  return unwrap(await kehuClient.GET('/api/v1/tasks/{id}', { params: { path: { id } } }));
}

/** Task writes; each refreshes the task lists and Today. */
export function useTaskMutations() {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: taskQueryKeys.all }),
      queryClient.invalidateQueries({ queryKey: todayQueryKeys.all }),
    ]);

  const create = useMutation({
    mutationFn: async (body: CreateTaskRequest) =>
      unwrap(await kehuClient.POST('/api/v1/tasks', { body })),
    onSettled: refresh,
  });
  const update = useMutation({
    mutationFn: async ({ task, changes }: UpdateInput) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/tasks/{id}', {
          ...versionedRecord(task),
          body: changes,
        }),
      ),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: async (task: TaskResponse) =>
      expectSuccess(await kehuClient.DELETE('/api/v1/tasks/{id}', versionedRecord(task))),
    onSettled: refresh,
  });
  const restore = useMutation({
    mutationFn: async (task: TaskResponse) =>
      unwrap(
        await kehuClient.POST('/api/v1/tasks/{id}/restore', { params: { path: { id: task.id } } }),
      ),
    onSettled: refresh,
  });

  return { create, update, remove, restore };
}
