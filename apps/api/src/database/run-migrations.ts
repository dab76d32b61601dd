import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Any fixed number, the same in every Kehu process: the key of the migration lock. */
const MIGRATION_LOCK_KEY = 4_815_162_342;

/**
 * Brings the schema up to date. Several API processes may start at once: an advisory
 * lock lets one migrate while the others wait, then find nothing left to do.
 */
export async function runMigrations(url: string, log: (message: string) => void): Promise<void> {
  const dataSource = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 } });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    // A new database takes every migration at once: one line says so, keeping the start short.
    if (applied.length > 3)
      log(`applied ${applied.length} migrations, up to ${applied[applied.length - 1].name}`);
    else for (const migration of applied) log(`applied migration ${migration.name}`);
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
