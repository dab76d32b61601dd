import type { TaskPriority, TaskStatus } from './task-types';

export const TASK_PRIORITIES = [
  'urgent',
  'high',
  'normal',
  'low',
] as const satisfies readonly TaskPriority[];
export const TASK_STATUSES = [
  'open',
  'in-progress',
  'done',
  'cancelled',
] as const satisfies readonly TaskStatus[];

export const PRIORITY_COLORS: Record<TaskPriority, string> = {
  urgent: 'red',
  high: 'orange',
  normal: 'blue',
  low: 'default',
};

export const STATUS_COLORS: Record<TaskStatus, string> = {
  open: 'processing',
  'in-progress': 'gold',
  done: 'success',
  cancelled: 'default',
};

/** Open and in-progress tasks still need doing. */
export function isTaskOpen(status: TaskStatus): boolean {
  return status === 'open' || status === 'in-progress';
}
