import { isTaskOpen } from './task-options';
import type { TaskStatus } from './task-types';

/** An open task whose due time has passed: shown in red in the task lists. */
export function isTaskOverdue(
  task: { status: TaskStatus; dueAt: string | null },
  now: Date = new Date(),
): boolean {
  return isTaskOpen(task.status) && task.dueAt !== null && Date.parse(task.dueAt) < now.getTime();
}
