import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import supertest from 'supertest';
import { createApp } from '../../../src/app/create-app';
import { loadConfig } from '../../../src/config/app-config';
import { runMigrations } from '../../../src/database/run-migrations';
import { FirstAdmin } from '../../../src/users/first-admin';
import { TEST_JWT_SECRET } from '../../support/test-app';

/**
 * The real application in this process on a database of the suite's own (migrated here,
 * with one administrator): for suites that stop that database, or work its job queue,
 * without touching the run's shared one.
 */
export interface AppOnOwnDatabase {
  app: NestFastifyApplication;
  http: () => supertest.Agent;
  adminToken: string;
  admin: { email: string; password: string };
}

export async function startAppOnOwnDatabase(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<AppOnOwnDatabase> {
  await runMigrations(databaseUrl, () => {});
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    LOG_LEVEL: 'silent',
    KEHU_DEMO: 'false',
    KEHU_WEB_DIST: '/nonexistent-console-build',
    KEHU_IMPORT_WORKER: 'false',
    KEHU_JOBS_WORKER: 'false',
    ...env,
  });
  const app = await createApp(config, databaseUrl);
  await app.getHttpAdapter().getInstance().ready();
  const email = 'own-admin@kehu.local';
  const password = `Own-${randomBytes(6).toString('hex')}-Aa1!`;
  await app.get(FirstAdmin).createFromEnvironmentIfEmpty({
    KEHU_ADMIN_EMAIL: email,
    KEHU_ADMIN_PASSWORD: password,
  });
  const server = app.getHttpServer();
  const http = () => supertest.agent(server);
  const login = await http().post('/api/v1/auth/login').send({ email, password }).expect(200);
  return {
    app,
    http,
    adminToken: (login.body as { accessToken: string }).accessToken,
    admin: { email, password },
  };
}
