import { unwrap } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import type { ListSource } from '../../../shared/list/use-list-page-state';
import type { TaskListQuery, TaskResponse } from '../task-types';
import { taskQueryKeys } from './task-query-keys';

const PAGE_SIZE = 50;

/**
 * Tasks the user may read, a page at a time; the linked record and assignee come with each.
 * Soonest due first, undated last, unless the query sorts otherwise.
 */
export const taskListSource: ListSource<TaskListQuery, TaskResponse> = {
  queryKey: taskQueryKeys.list,
  fetchPage: async (query, page) =>
    unwrap(
      await kehuClient.GET('/api/v1/tasks', {
        params: { query: { sort: 'dueAt', ...query, ...page } },
      }),
    ),
};

/** The tasks of a query outside the task list page (a record's panel). */
export function useTasksList(query: TaskListQuery, pageSize = PAGE_SIZE): CursorList<TaskResponse> {
  return useCursorList(taskListSource.queryKey({ ...query, limit: pageSize }), (cursor) =>
    taskListSource.fetchPage(query, { cursor, limit: pageSize }),
  );
}
