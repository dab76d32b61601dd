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

/** `stopping` is aborted when the process begins to stop: a long handler ends early. */
export type JobHandler<Data> = (data: Data, stopping: AbortSignal) => Promise<void>;

interface Registration {
  queue: string;
  handler: JobHandler<never>;
  /** Whether this process works the queue (default: the jobs worker switch). */
  work: boolean;
}

export interface SendOptions {
  startAfter?: Date;
  singletonKey?: string;
  /** A job still active this long after it started is failed and retried (its worker died). */
  expireInSeconds?: number;
  retryLimit?: number;
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
  private readonly stopping = new AbortController();
  /** This process's worker of each queue it works. */
  private readonly workers = new Map<string, string>();

  constructor(
    @Inject(JOBS_DATABASE_URL) databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: JOBS_SCHEMA,
      max: 4,
      application_name: 'kehu-jobs',
      // Maintenance and cron run in the working processes only. Maintenance also retries
      // the jobs of a worker that died: as often as an import's lease runs out, at least.
      supervise: config.jobsWorker || config.importWorker,
      maintenanceIntervalSeconds: Math.min(120, config.importStaleAfterSeconds),
      schedule: false,
    });
    // Once the process stops, a connection the database server closes under pg-boss's
    // maintenance is expected, not an error worth an operator's attention.
    this.boss.on('error', (error) => {
      if (this.stopping.signal.aborted)
        this.logger.debug(`job queue while stopping: ${error.message}`);
      else this.logger.error(`job queue: ${error.message}`);
    });
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  /**
   * Declares a queue and, in a working process, its handler (call from onModuleInit).
   * `work` overrides the jobs worker switch for this queue (imports have their own).
   */
  register<Data extends object>(
    queue: string,
    handler: JobHandler<Data>,
    options: { work?: boolean } = {},
  ): void {
    this.registrations.push({ queue, handler, work: options.work ?? this.config.jobsWorker });
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const { queue, handler, work } of this.registrations) {
      if ((await this.boss.getQueue(queue)) === null) await this.boss.createQueue(queue);
      if (!work) continue;
      const worker = await this.boss.work<never>(
        queue,
        { pollingIntervalSeconds: this.config.jobsPollSeconds, batchSize: 1 },
        async (jobs) => {
          for (const job of jobs) await handler(job.data, this.stopping.signal);
        },
      );
      this.workers.set(queue, worker);
    }
  }

  /** Makes this process's worker of `queue` look for jobs now (after a send committed). */
  wake(queue: string): void {
    const worker = this.workers.get(queue);
    if (worker) this.boss.notifyWorker(worker);
  }

  /** Waits for running handlers, then closes the queue's connections. */
  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
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
    options: SendOptions = {},
  ): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('JobQueue.send needs a transaction');
    await this.boss.send(queue, data, {
      retryLimit: 5,
      ...options,
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
