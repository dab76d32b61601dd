import dayjs from 'dayjs';
import type { TaskResponse } from '../tasks/task-types';
import type { TodayGroup, TodayItem, TodayResponse } from './today-types';

const PRIORITY_RANK: Record<TaskResponse['priority'], number> = {
  urgent: 0,
  high: 1,
  normal: 2,
  low: 3,
};

const localDay = (timestamp: string) => dayjs(timestamp).format('YYYY-MM-DD');

const byTime = (a: string | null, b: string | null): number => (a ?? '').localeCompare(b ?? '');

/** Earliest due first; on the same minute the more urgent one first. */
function compareTasks(a: TaskResponse, b: TaskResponse): number {
  return byTime(a.dueAt, b.dueAt) || PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
}

/**
 * The Today page's groups in the order a rep works through them: overdue tasks, tasks
 * due today, leads, customers; each oldest first, empty groups left out. The counts are
 * the API's (a group may hold more than it lists).
 */
export function groupToday(today: TodayResponse): TodayGroup[] {
  const taskItems = (tasks: TaskResponse[], overdue: boolean): TodayItem[] =>
    [...tasks]
      .sort(compareTasks)
      .map((task) => ({ kind: 'task', key: `task:${task.id}`, task, overdue }));
  const groups: TodayGroup[] = [
    {
      key: 'overdueTasks',
      count: today.counts.overdueTasks,
      items: taskItems(today.overdueTasks, true),
    },
    {
      key: 'dueTodayTasks',
      count: today.counts.dueTodayTasks,
      items: taskItems(today.dueTodayTasks, false),
    },
    {
      key: 'leads',
      count: today.counts.leads,
      items: [...today.leads]
        .sort((a, b) => byTime(a.nextFollowUpAt, b.nextFollowUpAt))
        .map((lead) => ({
          kind: 'lead',
          key: `lead:${lead.id}`,
          lead,
          overdue: lead.nextFollowUpAt !== null && localDay(lead.nextFollowUpAt) < today.date,
        })),
    },
    {
      key: 'customers',
      count: today.counts.customers,
      items: [...today.customers]
        .sort((a, b) => a.nextFollowUpOn.localeCompare(b.nextFollowUpOn))
        .map((customer) => ({
          kind: 'customer',
          key: `customer:${customer.id}`,
          customer,
          overdue: customer.overdue,
        })),
    },
  ];
  return groups.filter((group) => group.items.length > 0);
}

/** Today without one item (done or snoozed), its group's count one lower: the optimistic view. */
export function withoutItem(today: TodayResponse, item: TodayItem): TodayResponse {
  const counts = { ...today.counts };
  const drop = <T extends { id: string }>(
    list: T[],
    id: string,
    group: keyof typeof counts,
  ): T[] => {
    const kept = list.filter((entry) => entry.id !== id);
    counts[group] -= list.length - kept.length;
    return kept;
  };
  if (item.kind === 'task') {
    return {
      ...today,
      overdueTasks: drop(today.overdueTasks, item.task.id, 'overdueTasks'),
      dueTodayTasks: drop(today.dueTodayTasks, item.task.id, 'dueTodayTasks'),
      counts,
    };
  }
  if (item.kind === 'lead') {
    return { ...today, leads: drop(today.leads, item.lead.id, 'leads'), counts };
  }
  return { ...today, customers: drop(today.customers, item.customer.id, 'customers'), counts };
}
