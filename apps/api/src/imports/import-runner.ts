import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { JobQueue } from '../jobs/job-queue.service';
import { ImportProcessor } from './import.processor';
import { ImportsRepository } from './imports.repository';

/** The job queue imports run on. */
export const IMPORT_QUEUE = 'import';

interface ImportRunJob {
  importId: string;
}

/**
 * Runs imports as durable jobs of the job queue (pg-boss), one job at a time per process.
 * A job runs an import for a slice of at most half its lease (IMPORT_STALE_AFTER_SECONDS)
 * and then hands the rest to a new job, so a live run never outlasts its lease; the job of
 * a process that died (kill -9) is failed when its lease runs out and retried by another
 * process, which resumes after the last committed batch. Each job is handed to one
 * process, and each batch checks the progress it continues from, so no row is imported
 * twice however many API processes run. KEHU_IMPORT_WORKER decides whether a process
 * works the import queue (apart from KEHU_JOBS_WORKER for the other queues).
 */
@Injectable()
export class ImportRunner implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(ImportRunner.name);

  constructor(
    private readonly imports: ImportsRepository,
    private readonly processor: ImportProcessor,
    private readonly jobs: JobQueue,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ImportRunJob>(
      IMPORT_QUEUE,
      (job, stopping) => this.run(job.importId, stopping),
      {
        work: this.config.importWorker,
      },
    );
  }

  /** Imports queued or running without a job (e.g. queued before an upgrade) get one. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.importWorker) return;
    const orphans = await this.imports.withoutJob(IMPORT_QUEUE);
    for (const id of orphans) await this.transactions.run((manager) => this.schedule(manager, id));
    if (orphans.length > 0) this.logger.log(`resumed ${orphans.length} import(s) without a job`);
  }

  /** Sends the job that runs (or resumes) the import, in the caller's transaction. */
  schedule(manager: EntityManager, importId: string): Promise<void> {
    return this.jobs.send(manager, IMPORT_QUEUE, { importId } satisfies ImportRunJob, {
      // pg-boss expires jobs within a day at most.
      expireInSeconds: Math.min(this.config.importStaleAfterSeconds, 23 * 3600),
      // A retry is a new process taking over from a dead one: allow a few crashes in a row.
      retryLimit: 10,
    });
  }

  /** Starts a just-queued import now if this process works imports (not at the next poll). */
  wake(): void {
    this.jobs.wake(IMPORT_QUEUE);
  }

  /**
   * One job: runs the import for a slice, then queues its continuation if unfinished.
   * When the process stops, the current batch is committed and a new job resumes the rest
   * (the job queue waits for this before it closes).
   */
  async run(importId: string, stopping: AbortSignal): Promise<void> {
    const job = await this.imports.begin(importId);
    if (!job) return; // finished (or never started): nothing to do
    const sliceEnds = Date.now() + (this.config.importStaleAfterSeconds * 1000) / 2;
    const outcome = await this.processor.run(
      job,
      () => stopping.aborted || Date.now() >= sliceEnds,
    );
    if (outcome === 'paused')
      await this.transactions.run((manager) => this.schedule(manager, importId));
  }
}
