import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { JobQueue } from '../jobs/job-queue.service';
import { NotificationsService } from '../notifications/notifications.service';
import { TasksRepository } from './tasks.repository';

const QUEUE = 'task-reminder';

interface ReminderJob {
  taskId: string;
  reminderAt: string;
}

/**
 * Fires a task's reminder at its time as a durable job. Firing claims the reminder with
 * one conditional UPDATE in the notification's transaction, so it notifies exactly once
 * whichever process runs the job, and not at all once the time moved or the task closed.
 */
@Injectable()
export class TaskReminders implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly tasks: TasksRepository,
    private readonly notifications: NotificationsService,
    private readonly transactions: TransactionRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ReminderJob>(QUEUE, (job) => this.fire(job));
  }

  async schedule(manager: EntityManager, taskId: string, reminderAt: Date | null): Promise<void> {
    if (reminderAt === null) return;
    const job: ReminderJob = { taskId, reminderAt: reminderAt.toISOString() };
    await this.jobs.send(manager, QUEUE, job, {
      startAfter: reminderAt,
      singletonKey: `${taskId}:${job.reminderAt}`,
    });
  }

  async fire(job: ReminderJob): Promise<void> {
    await this.transactions.run(async (manager) => {
      const task = await this.tasks.claimReminder(manager, job.taskId, job.reminderAt);
      if (!task?.assigneeId) return;
      const about = task.customer?.name ?? task.lead?.name;
      await this.notifications.notify(manager, {
        userId: task.assigneeId,
        kind: 'task-reminder',
        params: {
          taskTitle: task.title,
          about: about ?? null,
          dueAt: task.dueAt?.toISOString() ?? null,
        },
        subjectType: 'task',
        subjectId: task.id,
      });
    });
  }
}
