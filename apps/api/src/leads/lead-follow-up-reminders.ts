import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { JobQueue } from '../jobs/job-queue.service';
import { NotificationsService } from '../notifications/notifications.service';
import { formatLeadNumber } from './dto/lead.dto';
import { LeadsRepository } from './leads.repository';

const QUEUE = 'lead-follow-up';

interface FollowUpJob {
  leadId: string;
  dueAt: string;
}

/**
 * Reminds a lead's owner when its next follow-up comes. The job is durable; firing
 * claims the reminder with one conditional UPDATE, so it fires once even when two
 * processes or a retry see the job, and not at all when the date moved meanwhile.
 */
@Injectable()
export class LeadFollowUpReminders implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly leads: LeadsRepository,
    private readonly notifications: NotificationsService,
    private readonly transactions: TransactionRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register<FollowUpJob>(QUEUE, (job) => this.fire(job));
  }

  /** Schedules the reminder of a follow-up time set in this transaction. */
  async schedule(manager: EntityManager, leadId: string, dueAt: Date | null): Promise<void> {
    if (dueAt === null) return;
    const job: FollowUpJob = { leadId, dueAt: dueAt.toISOString() };
    await this.jobs.send(manager, QUEUE, job, {
      startAfter: dueAt,
      singletonKey: `${leadId}:${job.dueAt}`,
    });
  }

  async fire(job: FollowUpJob): Promise<void> {
    await this.transactions.run(async (manager) => {
      const lead = await this.leads.claimFollowUpReminder(manager, job.leadId, job.dueAt);
      if (!lead?.ownerId) return;
      await this.notifications.notify(manager, {
        userId: lead.ownerId,
        kind: 'lead-follow-up',
        params: { leadNumber: formatLeadNumber(lead.number), leadName: lead.name },
        body: [lead.company, lead.productInterest].filter(Boolean).join(' · '),
        subjectType: 'lead',
        subjectId: lead.id,
      });
    });
  }
}
