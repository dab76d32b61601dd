import dayjs from 'dayjs';
import {
  parseParent,
  toCreateTaskRequest,
  toTaskFormValues,
  toUpdateTaskRequest,
} from '../task-form-values';
import type { TaskResponse } from '../task-types';

const task: TaskResponse = {
  id: 't1',
  title: 'Call back',
  description: null,
  customerId: null,
  leadId: 'l1',
  parent: { type: 'lead', id: 'l1', name: 'Zhang' },
  assignee: { id: 'u1', name: 'Li' },
  dueAt: '2026-03-10T06:00:00.000Z',
  priority: 'normal',
  status: 'open',
  reminderAt: null,
  remindedAt: null,
  completedAt: null,
  version: 3,
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
};

describe('task form values', () => {
  it('builds a create body linked to exactly one record, trimmed, without empty parts', () => {
    expect(
      toCreateTaskRequest({
        title: '  Send quote ',
        description: '  ',
        parent: 'customer:c9',
        priority: 'high',
        dueAt: dayjs('2026-03-10T06:00:30.000Z'),
        reminderAt: null,
      }),
    ).toEqual({
      title: 'Send quote',
      priority: 'high',
      customerId: 'c9',
      dueAt: '2026-03-10T06:00:00.000Z',
      reminderAt: null,
    });
    expect(parseParent('lead:abc')).toEqual({ type: 'lead', id: 'abc' });
  });

  it('sends nothing when an edit changes nothing', () => {
    expect(toUpdateTaskRequest(task, toTaskFormValues(task))).toEqual({});
  });

  it('sends only the changed fields, clearing a due time with null', () => {
    const values = { ...toTaskFormValues(task), priority: 'urgent' as const, dueAt: null };
    expect(toUpdateTaskRequest(task, values)).toEqual({ priority: 'urgent', dueAt: null });
  });
});
