import type { TaskResponse } from './task-types';

export type TaskParent = NonNullable<TaskResponse['parent']>;

/** The console page of the record a task is about. */
export function taskParentPath(parent: Pick<TaskParent, 'type' | 'id'>): string {
  return parent.type === 'customer' ? `/customers/${parent.id}` : `/leads/${parent.id}`;
}
