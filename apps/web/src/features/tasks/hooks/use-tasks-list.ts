import { unwrap } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import type { TaskListQuery, TaskResponse } from '../task-types';
import { taskQueryKeys } from './task-query-keys';

const PAGE_SIZE = 50;

/**
 * Tasks the user may read, a page at a time; the linked record and assignee come with each.
 * Soonest due first, undated last, unless the query sorts otherwise.
 */
export function useTasksList(query: TaskListQuery, pageSize = PAGE_SIZE): CursorList<TaskResponse> {
  const sorted: TaskListQuery = { sort: 'dueAt', ...query, limit: pageSize };
  return useCursorList(taskQueryKeys.list(sorted), async (cursor) =>
    unwrap(await kehuClient.GET('/api/v1/tasks', { params: { query: { ...sorted, cursor } } })),
  );
}
