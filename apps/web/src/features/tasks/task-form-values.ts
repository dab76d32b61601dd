import dayjs, { type Dayjs } from 'dayjs';
import type {
  CreateTaskRequest,
  TaskPriority,
  TaskResponse,
  UpdateTaskRequest,
} from './task-types';

/** The record a task is about, as the form's picker holds it: `customer:<id>` or `lead:<id>`. */
export type ParentValue = `customer:${string}` | `lead:${string}`;

/** The task drawer's form as antd holds it. */
export interface TaskFormValues {
  title: string;
  description?: string;
  parent?: ParentValue;
  assigneeId?: string;
  dueAt?: Dayjs | null;
  reminderAt?: Dayjs | null;
  priority: TaskPriority;
}

export const TASK_FORM_FIELDS = [
  'title',
  'description',
  'parent',
  'assigneeId',
  'dueAt',
  'reminderAt',
  'priority',
] as const satisfies readonly (keyof TaskFormValues)[];

export function parentValue(type: 'customer' | 'lead', id: string): ParentValue {
  return `${type}:${id}`;
}

export function parseParent(value: ParentValue): { type: 'customer' | 'lead'; id: string } {
  const [type, id] = value.split(':') as ['customer' | 'lead', string];
  return { type, id };
}

/** The form filled from a task, for editing. */
export function toTaskFormValues(task: TaskResponse): TaskFormValues {
  return {
    title: task.title,
    description: task.description ?? undefined,
    parent: task.parent ? parentValue(task.parent.type, task.parent.id) : undefined,
    assigneeId: task.assignee?.id,
    dueAt: task.dueAt ? dayjs(task.dueAt) : null,
    reminderAt: task.reminderAt ? dayjs(task.reminderAt) : null,
    priority: task.priority,
  };
}

const iso = (value: Dayjs | null | undefined): string | null =>
  value ? value.second(0).millisecond(0).toISOString() : null;

/** The create body: trimmed, linked to exactly one record, empty optional parts left out. */
export function toCreateTaskRequest(values: TaskFormValues): CreateTaskRequest {
  const description = values.description?.trim();
  const parent = values.parent ? parseParent(values.parent) : null;
  return {
    title: values.title.trim(),
    priority: values.priority,
    dueAt: iso(values.dueAt),
    reminderAt: iso(values.reminderAt),
    ...(description ? { description } : {}),
    ...(values.assigneeId ? { assigneeId: values.assigneeId } : {}),
    ...(parent?.type === 'customer' ? { customerId: parent.id } : {}),
    ...(parent?.type === 'lead' ? { leadId: parent.id } : {}),
  };
}

/** Only what changed; the linked record cannot be changed after creation. */
export function toUpdateTaskRequest(task: TaskResponse, values: TaskFormValues): UpdateTaskRequest {
  const next = toCreateTaskRequest(values);
  const changes: UpdateTaskRequest = {};
  if (next.title !== task.title) changes.title = next.title;
  if ((next.description ?? '') !== (task.description ?? '')) {
    changes.description = next.description ?? '';
  }
  if (next.assigneeId && next.assigneeId !== task.assignee?.id) {
    changes.assigneeId = next.assigneeId;
  }
  if (next.priority !== task.priority) changes.priority = next.priority;
  if (!sameInstant(next.dueAt ?? null, task.dueAt)) changes.dueAt = next.dueAt ?? null;
  if (!sameInstant(next.reminderAt ?? null, task.reminderAt)) {
    changes.reminderAt = next.reminderAt ?? null;
  }
  return changes;
}

function sameInstant(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return dayjs(a).isSame(dayjs(b), 'minute');
}
