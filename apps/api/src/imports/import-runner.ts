import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ImportProcessor } from './import.processor';
import { ImportsRepository } from './imports.repository';

const POLL_MILLISECONDS = 2000;

/**
 * Each API process works the import queue in the background, one job at a time.
 * The queue lives in PostgreSQL, so jobs survive restarts and are shared by processes.
 */
@Injectable()
export class ImportRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ImportRunner.name);
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly imports: ImportsRepository,
    private readonly processor: ImportProcessor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.importWorker) return;
    this.timer = setInterval(() => this.wake(), POLL_MILLISECONDS);
    this.timer.unref();
    this.wake();
  }

  /** Before the database connections close: the current batch finishes, the job is requeued. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.draining;
  }

  /** Looks for work now (after an upload is started) instead of at the next poll. */
  wake(): void {
    if (this.draining || this.stopped || !this.config.importWorker) return;
    this.draining = this.drain()
      .catch((error: unknown) =>
        this.logger.error(
          `import queue: ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
      .finally(() => {
        this.draining = null;
      });
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const job = await this.imports.claimNext();
      if (!job) return;
      await this.processor.run(job, () => this.stopped);
    }
  }
}
