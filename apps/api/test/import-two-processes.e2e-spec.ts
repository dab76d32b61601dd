import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IMPORT_QUEUE, ImportRunner } from '../src/imports/import-runner';
import { bearer, DEMO_EMAILS, signIn, type Tokens } from './factories/auth.factory';
import { uploadAndStartImport, waitForImportEnd } from './factories/import.factory';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Two API processes work the import queue (two applications on one database). An import
 * runs as a chain of short jobs that either process may take; and even when it is handed
 * out twice at once (as when a job is retried while its first run still goes on), the two
 * runs import every row exactly once.
 */

const ROWS = 30_000;

describe('imports with two API processes', () => {
  // Short leases: a job runs an import for 2.5 s, then hands the rest on.
  const env = { KEHU_IMPORT_WORKER: 'true', IMPORT_STALE_AFTER_SECONDS: '5' };
  let first: TestApp;
  let second: TestApp;
  let admin: Tokens;

  beforeAll(async () => {
    first = await createTestApp(env);
    second = await createTestApp(env);
    admin = await signIn(first, DEMO_EMAILS.admin);
  }, 120_000);
  afterAll(async () => {
    await first?.app.close();
    await second?.app.close();
  });

  it(`runs a ${ROWS.toLocaleString('en')}-row import handed out twice once: no row lost or doubled`, async () => {
    const tag = randomBytes(4).toString('hex');
    // Every 97th row has no name (fails), every 89th repeats the previous row's e-mail (skipped).
    const lines = ['name,email'];
    let failed = 0;
    let skipped = 0;
    for (let i = 1; i <= ROWS; i += 1) {
      const fails = i % 97 === 0;
      const repeats = !fails && i % 89 === 0 && (i - 1) % 97 !== 0;
      if (fails) failed += 1;
      if (repeats) skipped += 1;
      const email = `two-${tag}-${repeats ? i - 1 : i}@example.com`;
      lines.push(`${fails ? '' : `双进程 Two Process Co ${tag} ${i}`},${email}`);
    }
    const created = ROWS - failed - skipped;

    const { id } = await uploadAndStartImport(
      first,
      bearer(admin),
      'customers',
      `${lines.join('\n')}\n`,
      ['name', 'email'],
      { filename: 'two-processes.csv' },
    );
    // The same import handed out a second time: both processes may run it at once.
    const dataSource = second.app.get(DataSource);
    await dataSource.transaction((manager) => second.app.get(ImportRunner).schedule(manager, id));

    const done = await waitForImportEnd(second, bearer(admin), id, {
      timeoutMs: 180_000,
      intervalMs: 500,
    });
    expect(done).toMatchObject({
      status: 'completed',
      totalRows: ROWS,
      processedRows: ROWS,
      created,
      updated: 0,
      skipped,
      failed,
      failureReason: null,
    });

    // Each e-mail of the file belongs to exactly one customer; each refused row is listed once.
    const emails = await dataSource.query<Array<{ holders: number }>>(
      `SELECT count(*)::int AS holders FROM customer_keys
        WHERE field = 'email' AND value LIKE $1 GROUP BY value`,
      [`two-${tag}-%`],
    );
    expect(emails).toHaveLength(created);
    expect(emails.filter((row) => row.holders !== 1)).toEqual([]);
    const [customers] = await dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM customers WHERE name LIKE $1 AND deleted_at IS NULL',
      [`双进程 Two Process Co ${tag} %`],
    );
    expect(customers.count).toBe(created);
    const [errors] = await dataSource.query<Array<{ rows: number; distinct_rows: number }>>(
      `SELECT count(*)::int AS rows, count(DISTINCT row_number)::int AS distinct_rows
         FROM import_row_errors WHERE import_id = $1`,
      [id],
    );
    expect(errors).toEqual({ rows: failed + skipped, distinct_rows: failed + skipped });

    // The import ran as a chain of jobs (it outlasted one job's slice), and none of them failed.
    const jobs = await dataSource.query<Array<{ state: string }>>(
      `SELECT state FROM pgboss.job WHERE name = $1 AND data->>'importId' = $2`,
      [IMPORT_QUEUE, id],
    );
    expect(jobs.length).toBeGreaterThan(2);
    expect(jobs.filter((job) => job.state !== 'completed')).toEqual([]);
  }, 240_000);
});
