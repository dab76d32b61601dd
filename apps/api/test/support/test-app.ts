import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import supertest from 'supertest';
import { createApp } from '../../src/app/create-app';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { bearer, type Tokens } from '../factories/auth.factory';

export const TEST_JWT_SECRET = 'kehu-test-secret-that-is-long-enough-to-pass';

export interface TestApp {
  app: NestFastifyApplication;
  http: () => supertest.Agent;
  /** An agent whose every request is signed in as this user (`Authorization: Bearer …`). */
  as: (user: Tokens | string) => supertest.Agent;
  config: AppConfig;
}

/** The real application on this test file's own database, with environment overrides. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const url = process.env.KEHU_TEST_DATABASE_URL;
  if (!url) throw new Error('KEHU_TEST_DATABASE_URL is not set: run through the e2e Jest config');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    KEHU_DEMO: 'false',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
    // Suites call these routes many times (fuzzing); the resource-limits suite sets low
    // limits for its own app.
    IMPORT_MAX_REQUESTS_PER_WINDOW: '1000000',
    EXPORT_MAX_REQUESTS_PER_WINDOW: '1000000',
    DUPLICATE_CHECK_MAX_REQUESTS_PER_WINDOW: '1000000',
    KEHU_WEB_DIST: '/nonexistent-console-build',
    // Background workers run only where a suite switches them on (imports and exports,
    // reminders). Every file has a database of its own, so its own queues: no other
    // file's app can take its jobs, and a job queued by an app without a worker waits.
    KEHU_IMPORT_WORKER: 'false',
    KEHU_JOBS_WORKER: 'false',
    KEHU_JOBS_POLL_SECONDS: '1',
    ...env,
  });
  const app = await createApp(config, url);
  await app.getHttpAdapter().getInstance().ready();
  const server = app.getHttpServer();
  return {
    app,
    http: () => supertest.agent(server),
    as: (user) => supertest.agent(server).set(bearer(user)),
    config,
  };
}
