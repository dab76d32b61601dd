import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { JobQueue } from '../jobs/job-queue.service';
import { DOMAIN_EVENTS_QUEUE } from './domain-event-outbox';
import { DomainEventSubscribers } from './domain-event-subscribers';
import {
  type DeliveryOutcome,
  DomainEventsRepository,
  type PendingDomainEvent,
} from './domain-events.repository';

/** Events claimed per transaction. */
const BATCH_SIZE = 200;
/** Batches per drain run, so one run cannot go on for ever. */
const MAX_BATCHES = 200;
/** A failed delivery is retried after 1, 2, 4, … seconds, at most an hour apart. */
const MAX_BACKOFF_SECONDS = 3600;
/** Delivered events are kept this long (for inspection and replays), then deleted. */
export const DOMAIN_EVENT_RETENTION_DAYS = 7;
const CLEANUP_EVERY_MS = 60 * 60 * 1000;

export function retryAfterSeconds(attempts: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(attempts, 20));
}

/**
 * Delivers the outbox's events to the in-process subscribers, as the `domain-events` job
 * (sent with every write) in the processes that work jobs. Batches are claimed with
 * `FOR UPDATE SKIP LOCKED`, so any number of processes drain at once and each event is
 * delivered by one of them; a failed subscriber is retried with backoff (a timer in this
 * process wakes the drain when the first retry falls due) while other records go on.
 */
@Injectable()
export class DomainEventDrainer implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DomainEventDrainer.name);
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly running = new Set<Promise<unknown>>();
  private lastCleanup = 0;
  private stopped = false;

  constructor(
    private readonly events: DomainEventsRepository,
    private readonly subscribers: DomainEventSubscribers,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DOMAIN_EVENTS_QUEUE, async () => {
      await this.drain();
    });
  }

  /** Delivers what was left undelivered while no process worked the queue. */
  onApplicationBootstrap(): void {
    if (this.config.jobsWorker) this.inBackground();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await Promise.allSettled([...this.running]);
  }

  /** Delivers every due event; returns how many were delivered. */
  async drain(): Promise<number> {
    const run = this.drainBatches();
    this.running.add(run);
    try {
      return await run;
    } finally {
      this.running.delete(run);
    }
  }

  /** Deletes the events delivered before the retention period; returns how many. */
  async cleanup(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - DOMAIN_EVENT_RETENTION_DAYS * 86_400_000);
    let deleted = 0;
    for (;;) {
      const count = await this.events.deletePublished(this.transactions.outside, before, 10_000);
      deleted += count;
      if (count < 10_000) return deleted;
    }
  }

  private async drainBatches(): Promise<number> {
    let delivered = 0;
    for (let batch = 0; batch < MAX_BATCHES && !this.stopped; batch++) {
      const result = await this.drainBatch();
      delivered += result.delivered;
      // Until nothing is left: a delivery may have freed the next event of its record.
      if (result.claimed === 0) break;
    }
    await this.scheduleRetry();
    if (Date.now() - this.lastCleanup > CLEANUP_EVERY_MS) {
      this.lastCleanup = Date.now();
      await this.cleanup();
    }
    return delivered;
  }

  private drainBatch(): Promise<{ claimed: number; delivered: number }> {
    return this.transactions.run(async (manager) => {
      const claimed = await this.events.claim(manager, BATCH_SIZE);
      const outcomes: DeliveryOutcome[] = [];
      for (const event of claimed) outcomes.push(await this.deliver(event));
      await this.events.settle(manager, outcomes);
      return {
        claimed: claimed.length,
        delivered: outcomes.filter((outcome) => outcome.published).length,
      };
    });
  }

  /** Hands the event to each subscriber that wants it and has not had it yet. */
  private async deliver(pending: PendingDomainEvent): Promise<DeliveryOutcome> {
    const { attempts, deliveredTo, ...event } = pending;
    const done = [...deliveredTo];
    const errors: string[] = [];
    for (const subscriber of this.subscribers.for(event)) {
      if (done.includes(subscriber.name)) continue;
      try {
        await subscriber.handle(event);
        done.push(subscriber.name);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        errors.push(`${subscriber.name}: ${message}`);
      }
    }
    if (errors.length === 0) return { id: event.id, deliveredTo: done, published: true };
    const retryAfter = retryAfterSeconds(attempts);
    this.logger.warn(
      `domain event ${event.type} ${event.id} failed (attempt ${attempts + 1}, retry in ${retryAfter}s): ${errors.join('; ')}`,
    );
    return {
      id: event.id,
      deliveredTo: done,
      published: false,
      error: errors.join('; '),
      retryAfterSeconds: retryAfter,
    };
  }

  /** Wakes this process's drain when the first failed delivery is due again. */
  private async scheduleRetry(): Promise<void> {
    if (this.stopped || !this.config.jobsWorker) return;
    const due = await this.events.nextRetryAt(this.transactions.outside);
    if (due === null) return;
    const delay = Math.min(Math.max(due.getTime() - Date.now(), 1000), MAX_BACKOFF_SECONDS * 1000);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.inBackground();
    }, delay);
    this.retryTimer.unref();
  }

  private inBackground(): void {
    if (this.stopped) return;
    this.drain().catch((error: Error) =>
      this.logger.error(`draining domain events failed: ${error.message}`),
    );
  }
}
