import 'reflect-metadata';
import { runMigrations } from '../../src/database/run-migrations';
import { DemoSeeder } from '../../src/demo/demo-seeder';
import { createTestDatabase, type TestDatabase } from './test-database';
import { createTestApp } from './test-app';

declare global {
  var kehuTestDatabase: TestDatabase | undefined;
}

/** One database for the run: migrated once, with the demo accounts every role test uses. */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase();
  globalThis.kehuTestDatabase = database;
  process.env.KEHU_TEST_DATABASE_URL = database.url;
  await runMigrations(database.url, () => {});
  const { app } = await createTestApp();
  await app.get(DemoSeeder).seedIfEmpty();
  await app.close();
}
