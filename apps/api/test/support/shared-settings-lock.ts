import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

/**
 * Jest runs test files in parallel on one database. Suites that replace a setting other
 * suites also replace (the lead assignment rules and their fallback queue) hold this
 * lock — a PostgreSQL advisory lock on a connection of their own — while they depend on
 * it, so they take turns instead of overwriting each other's rules mid-test.
 */
export async function lockSharedSetting(
  t: TestApp,
  setting: 'lead-assignment-rules',
): Promise<() => Promise<void>> {
  const runner = t.app.get(DataSource).createQueryRunner();
  await runner.connect();
  await runner.query('SELECT pg_advisory_lock(hashtext($1))', [setting]);
  return async () => {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [setting]);
    await runner.release();
  };
}
