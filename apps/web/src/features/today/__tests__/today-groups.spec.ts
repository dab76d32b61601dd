import { groupToday, withoutItem } from '../today-groups';
import type { TodayCustomer, TodayLead, TodayResponse } from '../today-types';
import type { TaskResponse } from '../../tasks/task-types';

const task = (id: string, dueAt: string, priority: TaskResponse['priority'] = 'normal') =>
  ({
    id,
    title: `Task ${id}`,
    description: null,
    customerId: 'c1',
    leadId: null,
    parent: { type: 'customer', id: 'c1', name: 'Acme' },
    assignee: null,
    dueAt,
    priority,
    status: 'open',
    reminderAt: null,
    remindedAt: null,
    completedAt: null,
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  }) satisfies TaskResponse;

const lead = (id: string, nextFollowUpAt: string) =>
  ({ id, name: `Lead ${id}`, nextFollowUpAt, version: 1 }) as TodayLead;

const customer = (id: string, nextFollowUpOn: string, overdue: boolean): TodayCustomer => ({
  id,
  number: `C-${id}`,
  name: `Customer ${id}`,
  nextFollowUpOn,
  lastInteractionAt: null,
  owner: null,
  overdue,
});

const today = (parts: Partial<TodayResponse>): TodayResponse => ({
  date: '2026-03-10',
  endOfDay: '2026-03-11T00:00:00Z',
  overdueTasks: [],
  dueTodayTasks: [],
  leads: [],
  customers: [],
  ...parts,
  counts: {
    overdueTasks: parts.overdueTasks?.length ?? 0,
    dueTodayTasks: parts.dueTodayTasks?.length ?? 0,
    leads: parts.leads?.length ?? 0,
    customers: parts.customers?.length ?? 0,
    ...parts.counts,
  },
});

describe('groupToday', () => {
  it('lists the groups in working order and leaves empty ones out', () => {
    const groups = groupToday(
      today({
        customers: [customer('1', '2026-03-10', false)],
        overdueTasks: [task('a', '2026-03-09T08:00:00Z')],
      }),
    );
    expect(groups.map((group) => group.key)).toEqual(['overdueTasks', 'customers']);
  });

  it('orders tasks by due time, then the more urgent first', () => {
    const [group] = groupToday(
      today({
        dueTodayTasks: [
          task('late', '2026-03-10T15:00:00Z', 'urgent'),
          task('low', '2026-03-10T09:00:00Z', 'low'),
          task('urgent', '2026-03-10T09:00:00Z', 'urgent'),
        ],
      }),
    );
    expect(group?.items.map((item) => item.key)).toEqual(['task:urgent', 'task:low', 'task:late']);
  });

  it('orders leads and customers oldest follow-up first and marks the overdue ones', () => {
    const groups = groupToday(
      today({
        leads: [lead('new', '2026-03-10T10:00:00'), lead('old', '2026-03-08T10:00:00')],
        customers: [customer('b', '2026-03-10', false), customer('a', '2026-03-01', true)],
      }),
    );
    expect(groups[0]?.items.map((item) => [item.key, item.overdue])).toEqual([
      ['lead:old', true],
      ['lead:new', false],
    ]);
    expect(groups[1]?.items.map((item) => [item.key, item.overdue])).toEqual([
      ['customer:a', true],
      ['customer:b', false],
    ]);
  });

  it('keeps the full count of a group that lists only part of it', () => {
    const groups = groupToday(
      today({
        leads: [lead('1', '2026-03-10T10:00:00')],
        counts: { overdueTasks: 0, dueTodayTasks: 0, leads: 250, customers: 0 },
      }),
    );
    expect(groups[0]).toMatchObject({ key: 'leads', count: 250 });
    expect(groups[0]?.items).toHaveLength(1);
  });
});

describe('withoutItem', () => {
  it('takes a task off its group and lowers that count only', () => {
    const before = today({
      overdueTasks: [task('a', '2026-03-09T08:00:00Z'), task('b', '2026-03-09T09:00:00Z')],
      dueTodayTasks: [task('c', '2026-03-10T15:00:00Z')],
    });
    const [first] = groupToday(before)[0]?.items ?? [];
    const after = withoutItem(before, first);
    expect(after.overdueTasks.map((t) => t.id)).toEqual(['b']);
    expect(after.counts).toEqual({ overdueTasks: 1, dueTodayTasks: 1, leads: 0, customers: 0 });
    expect(before.overdueTasks).toHaveLength(2);
  });

  it('takes a customer off and lowers the customers count', () => {
    const before = today({ customers: [customer('1', '2026-03-10', false)] });
    const item = groupToday(before)[0].items[0];
    const after = withoutItem(before, item);
    expect(after.customers).toEqual([]);
    expect(after.counts.customers).toBe(0);
    expect(groupToday(after)).toEqual([]);
  });
});
