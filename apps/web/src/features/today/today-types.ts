import type { ApiResponse } from '../../shared/api/api-shapes';
import type { TaskResponse } from '../tasks/task-types';

export type TodayResponse = ApiResponse<'/api/v1/me/today', 'get'>;
export type TodayLead = TodayResponse['leads'][number];
export type TodayCustomer = TodayResponse['customers'][number];

/** One line of the Today list: a task, a lead or a customer to follow up. */
export type TodayItem =
  | { kind: 'task'; key: string; task: TaskResponse; overdue: boolean }
  | { kind: 'lead'; key: string; lead: TodayLead; overdue: boolean }
  | { kind: 'customer'; key: string; customer: TodayCustomer; overdue: boolean };

export type TodayGroupKey = 'overdueTasks' | 'dueTodayTasks' | 'leads' | 'customers';

export interface TodayGroup {
  key: TodayGroupKey;
  /** The full size of the group (the API lists at most 100 of each). */
  count: number;
  items: TodayItem[];
}
