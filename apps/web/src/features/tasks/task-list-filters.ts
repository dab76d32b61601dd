import dayjs, { type Dayjs } from 'dayjs';
import type { TaskListQuery, TaskPriority, TaskStatus } from './task-types';

/** "Due" filter presets: the API filters by an upper bound on the due time. */
export const DUE_RANGES = ['overdue', 'today', 'thisWeek'] as const;
export type DueRange = (typeof DUE_RANGES)[number];

/** The filters of the task list as the page holds them. */
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
