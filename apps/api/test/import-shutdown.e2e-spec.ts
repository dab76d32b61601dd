import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { IMPORT_QUEUE } from '../src/imports/import-runner';
import { bearer, DEMO_EMAILS, signIn, type Tokens } from './factories/auth.factory';
import { uploadAndStartImport, waitForImportEnd } from './factories/import.factory';
import { eventually } from './support/eventually';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * An API process that stops (SIGTERM: the application closes) in the middle of an import
 * commits its current batch, hands the rest of the import to a new job and closes at once,
 * without its job failing; the next process resumes the import, and every row is imported
 * exactly once.
 */

const ROWS = 40_000;

describe('an import survives the stop of its API process', () => {
  const apps: TestApp[] = [];
  let admin: Tokens;

  async function start(): Promise<TestApp> {
    const app = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    apps.push(app);
    return app;
  }

  afterAll(async () => {
    for (const app of apps) await app.app.close();
  });

  it('the stopping process hands the rest on, and the next one finishes it once', async () => {
    const first = await start();
    admin = await signIn(first, DEMO_EMAILS.admin);
    const tag = randomBytes(4).toString('hex');
    const lines = ['name,email'];
    for (let i = 1; i <= ROWS; i += 1)
      lines.push(`停止 Stop Co ${tag} ${i},stop-${tag}-${i}@example.com`);

    const { id } = await uploadAndStartImport(
      first,
      bearer(admin),
      'customers',
      `${lines.join('\n')}\n`,
      ['name', 'email'],
      { filename: 'stop.csv' },
    );
    const dataSource = first.app.get(DataSource);
    const progress = async () => {
      const [row] = await dataSource.query<Array<{ processed_rows: number; status: string }>>(
        'SELECT processed_rows, status FROM imports WHERE id = $1',
        [id],
      );
      return row;
    };
    const atStop = await eventually(
      async () => {
        const row = await progress();
        if (row.status === 'completed') return null; // too fast to stop midway: fails below
        expect(row.processed_rows).toBeGreaterThan(0);
        return row;
      },
      { timeoutMs: 60_000, intervalMs: 50 },
    );
    expect(atStop).not.toBeNull();

    // The job queue waits at most 10 s for a handler before it fails its job.
    const stopping = Date.now();
    await first.app.close();
    apps.splice(apps.indexOf(first), 1);
    expect(Date.now() - stopping).toBeLessThan(8_000);

    // As the process left it: running, part done (read before another process may take it).
    const client = new Client({ connectionString: process.env.KEHU_TEST_DATABASE_URL });
    await client.connect();
    const stopped = (
      await client
        .query<{ processed_rows: number; status: string }>(
          'SELECT processed_rows, status FROM imports WHERE id = $1',
          [id],
        )
        .finally(() => client.end())
    ).rows;
    expect(stopped[0].status).toBe('running');
    expect(stopped[0].processed_rows).toBeLessThan(ROWS);

    const second = await start();
    const jobsOfImport = () =>
      second.app.get(DataSource).query<Array<{ state: string; retry_count: number }>>(
        `SELECT state, retry_count FROM pgboss.job WHERE name = $1 AND data->>'importId' = $2
            ORDER BY created_on`,
        [IMPORT_QUEUE, id],
      );
    const done = await waitForImportEnd(second, bearer(admin), id, {
      timeoutMs: 180_000,
      intervalMs: 500,
    });
    expect(done).toMatchObject({
      status: 'completed',
      totalRows: ROWS,
      processedRows: ROWS,
      created: ROWS,
      skipped: 0,
      failed: 0,
      failureReason: null,
    });
    const [customers] = await second.app
      .get(DataSource)
      .query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM customers WHERE name LIKE $1 AND deleted_at IS NULL',
        [`停止 Stop Co ${tag} %`],
      );
    expect(customers.count).toBe(ROWS);
    // The stopped run's job completed (it was not failed on the way down), and its
    // continuation finished the import: two jobs, neither retried.
    expect(await jobsOfImport()).toEqual([
      { state: 'completed', retry_count: 0 },
      { state: 'completed', retry_count: 0 },
    ]);
  }, 300_000);
});
