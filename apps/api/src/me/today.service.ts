import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../authz/auth-context';
import { formatCustomerNumber } from '../customers/dto/customer.dto';
import { presentLead } from '../leads/lead.presenter';
import { presentTask } from '../tasks/task.presenter';
import { TasksService } from '../tasks/tasks.service';
import type { TodayResponse } from './dto/today.dto';
import { TODAY_LIMIT, TodayRepository } from './today.repository';

/** 今日需跟进: due and overdue tasks, leads and customers of the signed-in user. */
@Injectable()
export class TodayService {
  constructor(
    private readonly today: TodayRepository,
    private readonly tasks: TasksService,
  ) {}

  async forCaller(auth: AuthContext, timezone = 'UTC'): Promise<TodayResponse> {
    const { date, endOfDay } = await this.today.dayBounds(timezone);
    const [[tasks, taskCount], [leads, leadCount], [customers, customerCount]] = await Promise.all([
      this.tasks.dueForCaller(auth, endOfDay, TODAY_LIMIT),
      this.today.dueLeads(auth, endOfDay),
      this.today.dueCustomers(auth, date, endOfDay),
    ]);
    const now = Date.now();
    const overdue = tasks.filter((task) => (task.dueAt?.getTime() ?? 0) < now);
    const dueToday = tasks.filter((task) => (task.dueAt?.getTime() ?? 0) >= now);
    return {
      date,
      endOfDay: endOfDay.toISOString(),
      overdueTasks: overdue.map((task) => presentTask(auth, task)),
      dueTodayTasks: dueToday.map((task) => presentTask(auth, task)),
      leads: leads.map((lead) => presentLead(auth, lead)),
      customers: customers.map((customer) => ({
        id: customer.id,
        number: formatCustomerNumber(customer.number),
        name: customer.name,
        nextFollowUpOn: customer.nextFollowUpOn ?? date,
        lastInteractionAt: customer.lastInteractionAt?.toISOString() ?? null,
        owner: customer.owner ? { id: customer.owner.id, name: customer.owner.name } : null,
        overdue: (customer.nextFollowUpOn ?? date) < date,
      })),
      counts: {
        overdueTasks: taskCount - dueToday.length,
        dueTodayTasks: dueToday.length,
        leads: leadCount,
        customers: customerCount,
      },
    };
  }

  /** Snooze of a customer item: its due follow-up tasks move to `day` (today in `timezone`). */
  async snoozeCustomer(
    auth: AuthContext,
    customerId: string,
    day: string,
    timezone = 'UTC',
  ): Promise<void> {
    const { date } = await this.today.dayBounds(timezone);
    await this.tasks.snoozeCustomerFollowUp(auth, customerId, day, date);
  }
}
