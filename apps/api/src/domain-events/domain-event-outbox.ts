import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { JobQueue } from '../jobs/job-queue.service';
import { DomainEventsRepository, type NewDomainEvent } from './domain-events.repository';

/** The job queue that drains the outbox. */
export const DOMAIN_EVENTS_QUEUE = 'domain-events';

/**
 * Adds domain events to the outbox in the writer's transaction, and a drain job with
 * them: the job becomes visible when the write commits (and never if it rolls back), so
 * subscribers hear of a change about as soon as it is committed.
 */
@Injectable()
export class DomainEventOutbox {
  constructor(
    private readonly events: DomainEventsRepository,
    private readonly jobs: JobQueue,
    private readonly transactions: TransactionRunner,
  ) {}

  async add(manager: EntityManager, events: readonly NewDomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.events.insert(manager, events);
    await this.wake(manager);
  }

  /** Many events by COPY, for bulk imports (one drain job per batch). */
  async addMany(manager: EntityManager, events: Iterable<NewDomainEvent>): Promise<void> {
    await this.events.copy(manager, events);
    await this.wake(manager);
  }

  private async wake(manager: EntityManager): Promise<void> {
    if (manager.queryRunner?.isTransactionActive) {
      await this.jobs.send(manager, DOMAIN_EVENTS_QUEUE, {});
    } else {
      // Written outside a transaction: the events are stored already.
      await this.transactions.run((own) => this.jobs.send(own, DOMAIN_EVENTS_QUEUE, {}));
    }
  }
}
