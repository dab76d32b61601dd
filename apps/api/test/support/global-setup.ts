import 'reflect-metadata';
import { runMigrations } from '../../src/database/run-migrations';
import { DemoSeeder } from '../../src/demo/demo-seeder';
import { createTestDatabase, freezeAsTemplate, type TestDatabase } from './test-database';
import { createTestApp } from './test-app';

declare global {
  var kehuTestDatabase: TestDatabase | undefined;
}

/**
 * The run's template database: migrated once, with the demo accounts every role test
 * uses. Each test file then gets a copy of its own (database-environment.ts).
 */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase();
  globalThis.kehuTestDatabase = database;
  await runMigrations(database.url, () => {});
  process.env.KEHU_TEST_DATABASE_URL = database.url;
  try {
    const { app } = await createTestApp();
    await app.get(DemoSeeder).seedIfEmpty();
    await app.close();
  } finally {
    // Test files connect to their own copies only, never to the template.
    delete process.env.KEHU_TEST_DATABASE_URL;
  }
  await freezeAsTemplate(database.url);
  process.env.KEHU_TEST_TEMPLATE_URL = database.url;
}
