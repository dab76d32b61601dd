import dayjs, { type Dayjs } from 'dayjs';
import { defineListCodec, listParam } from '../../shared/list/list-codec';
import { TASK_PRIORITIES, TASK_STATUSES } from './task-options';
import type { TaskListQuery, TaskPriority, TaskStatus } from './task-types';

/** "Due" filter presets: the API filters by an upper bound on the due time. */
export const DUE_RANGES = ['overdue', 'today', 'thisWeek'] as const;
export type DueRange = (typeof DUE_RANGES)[number];

/** The filters of the task list as the page and its address hold them. */
export interface TaskFilters {
  q?: string;
  /** `open` means open or in progress. */
  status?: TaskStatus | 'open-any';
  priority?: TaskPriority;
  assigneeId?: string;
  due?: DueRange;
  customerId?: string;
  leadId?: string;
}

/** In the address; "not done" is the default, and a cleared status (every task) is `status=`. */
export const taskListCodec = defineListCodec<TaskFilters>({
  params: {
    q: listParam.text(),
    status: listParam.oneOf(['open-any', ...TASK_STATUSES] as const),
    priority: listParam.oneOf(TASK_PRIORITIES),
    assigneeId: listParam.text(),
    due: listParam.oneOf(DUE_RANGES),
    customerId: listParam.text(),
    leadId: listParam.text(),
  },
  defaults: { status: 'open-any' },
  search: 'q',
});

/** The upper bound of a due range, from `now`. */
export function dueBefore(range: DueRange, now: Dayjs = dayjs()): string {
  if (range === 'overdue') return now.toISOString();
  if (range === 'today') return now.startOf('day').add(1, 'day').toISOString();
  return now
    .startOf('day')
    .add(7 - ((now.day() + 6) % 7), 'day')
    .toISOString();
}

/** The list request for these filters (empty ones left out). */
export function toTaskListQuery(filters: TaskFilters, now: Dayjs = dayjs()): TaskListQuery {
  const q = filters.q?.trim();
  const { status } = filters;
  return {
    ...(q ? { q } : {}),
    ...(status === 'open-any' ? { open: true } : status ? { status } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
    ...(filters.due ? { dueBefore: dueBefore(filters.due, now) } : {}),
    ...(filters.customerId ? { customerId: filters.customerId } : {}),
    ...(filters.leadId ? { leadId: filters.leadId } : {}),
  };
}
