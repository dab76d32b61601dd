import { type DynamicModule, Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';
import { JOBS_DATABASE_URL } from './jobs.tokens';

/** Durable background jobs (pg-boss) for every module: reminders, mail, … */
@Global()
@Module({})
export class JobsModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOBS_DATABASE_URL, useValue: databaseUrl }, JobQueue],
      exports: [JobQueue],
    };
  }
}
