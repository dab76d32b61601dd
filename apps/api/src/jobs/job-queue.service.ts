import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JOBS_DATABASE_URL } from './jobs.tokens';

export type JobHandler<Data> = (data: Data) => Promise<void>;

interface Registration {
  queue: string;
  handler: JobHandler<never>;
}

/** The pg-boss schema: created and upgraded by pg-boss itself when the API starts. */
export const JOBS_SCHEMA = 'pgboss';

/**
 * Durable jobs in PostgreSQL (pg-boss): they survive restarts, retry with backoff, and
 * each is handed to exactly one worker however many API processes run. Jobs are sent
 * inside the caller's transaction, so a job exists exactly when its change committed.
 * Handlers must be idempotent in their own data (a retried job must not act twice).
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly registrations: Registration[] = [];

  constructor(
    @Inject(JOBS_DATABASE_URL) databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: JOBS_SCHEMA,
      max: 4,
      application_name: 'kehu-jobs',
      // Maintenance and cron run in the working processes only.
      supervise: config.jobsWorker,
      schedule: false,
    });
    this.boss.on('error', (error) => this.logger.error(`job queue: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  /** Declares a queue and, in a working process, its handler (call from onModuleInit). */
  register<Data extends object>(queue: string, handler: JobHandler<Data>): void {
    this.registrations.push({ queue, handler: handler });
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const { queue, handler } of this.registrations) {
      if ((await this.boss.getQueue(queue)) === null) await this.boss.createQueue(queue);
      if (!this.config.jobsWorker) continue;
      await this.boss.work<never>(
        queue,
        { pollingIntervalSeconds: this.config.jobsPollSeconds, batchSize: 1 },
        async (jobs) => {
          for (const job of jobs) await handler(job.data);
        },
      );
    }
  }

  /** Waits for running handlers, then closes the queue's connections. */
  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /**
   * Schedules a job in the transaction of `manager`. A `singletonKey` keeps one queued
   * job per key (e.g. one reminder per task and time).
   */
  async send(
    manager: EntityManager,
    queue: string,
    data: object,
    options: { startAfter?: Date; singletonKey?: string } = {},
  ): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('JobQueue.send needs a transaction');
    await this.boss.send(queue, data, {
      ...options,
      retryLimit: 5,
      retryBackoff: true,
      db: {
        executeSql: async (text: string, values: unknown[]) => {
          const result = (await runner.query(text, values, true)) as { records: unknown[] };
          return { rows: result.records };
        },
      },
    });
  }
}
