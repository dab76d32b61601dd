/** A task's state; done and cancelled tasks leave the Today list. */
export const TASK_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export function isTaskOpen(status: TaskStatus): boolean {
  return status === 'open' || status === 'in-progress';
}
