import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { ImportBody } from '../factories/import.factory';
import { eventually } from '../support/eventually';
import {
  type BuiltApi,
  createOwnDatabase,
  ensureApiBuilt,
  exited,
  startBuiltApi,
} from './support/built-api';

/**
 * kill -9 of the API in the middle of a large import, then a new process on the same
 * database: the import resumes after its last committed batch and ends with every row
 * of the file accounted for exactly once.
 */

const ROWS = 100_000;
const ADMIN_EMAIL = 'crash-admin@kehu.local';
const ADMIN_PASSWORD = `Crash-${randomBytes(8).toString('hex')}-Aa1!`;
const STALE_AFTER_SECONDS = 5;

/** Row i of the file: every 97th has no name (fails), every 89th repeats an earlier e-mail. */
function fileRow(i: number): { name: string; email: string; fails: boolean; repeats: boolean } {
  const fails = i % 97 === 0;
  const repeats = !fails && i % 89 === 0 && i > 0;
  const email = repeats ? `crash-${i - 1}@example.com` : `crash-${i}@example.com`;
  return { name: fails ? '' : `崩溃测试 Crash Co ${i}`, email, fails, repeats };
}

function expectedCounts() {
  let failed = 0;
  let skipped = 0;
  const emails = new Set<string>();
  for (let i = 0; i < ROWS; i += 1) {
    const row = fileRow(i);
    if (row.fails) failed += 1;
    else if (row.repeats && emails.has(row.email)) skipped += 1;
    else emails.add(row.email);
  }
  return { failed, skipped, created: emails.size, emails };
}

function csvFile(): Buffer {
  const lines = ['name,email'];
  for (let i = 0; i < ROWS; i += 1) {
    const row = fileRow(i);
    lines.push(`${row.name},${row.email}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

describe('import survives kill -9 of the API', () => {
  let database: { url: string; drop(): Promise<void> } | undefined;
  let tempDir = '';
  const apis: BuiltApi[] = [];

  async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: database!.url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async function startApi(): Promise<BuiltApi> {
    const api = await startBuiltApi({
      DATABASE_URL: database!.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      KEHU_DATA_DIR: path.join(tempDir, 'data'),
      KEHU_UPLOAD_DIR: path.join(tempDir, 'uploads'),
      KEHU_WEB_DIST: path.join(tempDir, 'no-console'),
      KEHU_ADMIN_EMAIL: ADMIN_EMAIL,
      KEHU_ADMIN_PASSWORD: ADMIN_PASSWORD,
      IMPORT_STALE_AFTER_SECONDS: String(STALE_AFTER_SECONDS),
      LOG_LEVEL: 'warn',
    });
    apis.push(api);
    return api;
  }

  async function signIn(api: BuiltApi): Promise<string> {
    const response = await fetch(`${api.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { accessToken: string }).accessToken;
  }

  async function getJob(api: BuiltApi, token: string, id: string): Promise<ImportBody> {
    const response = await fetch(`${api.baseUrl}/api/v1/imports/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as ImportBody;
  }

  beforeAll(async () => {
    ensureApiBuilt();
    database = await createOwnDatabase('kehu_crash');
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kehu-crash-'));
  }, 300_000);

  afterAll(async () => {
    for (const api of apis) await api.stop();
    await database?.drop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  }, 60_000);

  it(`resumes a ${ROWS.toLocaleString('en')}-row import after kill -9 with no row lost or doubled`, async () => {
    const expected = expectedCounts();
    const first = await startApi();
    const token = await signIn(first);

    const form = new FormData();
    form.append('file', new Blob([csvFile()], { type: 'text/csv' }), 'crash.csv');
    const uploaded = await fetch(`${first.baseUrl}/api/v1/imports/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const job = (await uploaded.json()) as ImportBody;
    const started = await fetch(`${first.baseUrl}/api/v1/imports/${job.id}/start`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'if-match': `"${job.version}"`,
      },
      body: JSON.stringify({ mapping: ['name', 'email'], duplicateMode: 'skip' }),
    });
    expect(started.status).toBe(200);

    // Kill as soon as at least 10 % is committed; it must still be short of 80 %.
    const atKill = await eventually(
      async () => {
        const progress = await getJob(first, token, job.id);
        // Finished before 10 %: stop waiting, and fail below.
        if (progress.status === 'completed' || progress.status === 'failed') return null;
        expect(progress.processedRows).toBeGreaterThanOrEqual(ROWS * 0.1);
        return progress;
      },
      { timeoutMs: 240_000, intervalMs: 50 },
    );
    if (atKill) first.child.kill('SIGKILL');
    expect(atKill).not.toBeNull();
    await exited(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    const [committed] = await query<{ processed_rows: number; status: string }>(
      'SELECT processed_rows, status FROM imports WHERE id = $1',
      [job.id],
    );
    expect(committed.status).toBe('running');
    expect(committed.processed_rows).toBeGreaterThanOrEqual(ROWS * 0.1);
    expect(committed.processed_rows).toBeLessThanOrEqual(ROWS * 0.8);

    const second = await startApi();
    const secondToken = await signIn(second);
    const done = await eventually(
      async () => {
        const progress = await getJob(second, secondToken, job.id);
        expect(['completed', 'failed']).toContain(progress.status);
        return progress;
      },
      { timeoutMs: 300_000, intervalMs: 500 },
    );
    expect(done).toMatchObject({
      status: 'completed',
      totalRows: ROWS,
      processedRows: ROWS,
      created: expected.created,
      updated: 0,
      skipped: expected.skipped,
      failed: expected.failed,
      failureReason: null,
    });
    expect(done.created + done.skipped + done.failed).toBe(ROWS);

    // Every valid e-mail of the file belongs to exactly one live customer, and nothing else exists.
    const [customers] = await query<{ count: number }>(
      'SELECT count(*)::int AS count FROM customers WHERE deleted_at IS NULL',
    );
    expect(customers.count).toBe(expected.created);
    const emails = await query<{ value: string; holders: number }>(
      `SELECT value, count(*)::int AS holders FROM customer_keys
        WHERE field = 'email' GROUP BY value`,
    );
    expect(emails).toHaveLength(expected.created);
    expect(emails.filter((row) => row.holders !== 1)).toEqual([]);
    expect(new Set(emails.map((row) => row.value))).toEqual(expected.emails);
    const [repeatedKeys] = await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM (
         SELECT field, value FROM customer_keys GROUP BY field, value HAVING count(*) > 1) AS repeated`,
    );
    expect(repeatedKeys.count).toBe(0);
    const [errorRows] = await query<{ rows: number; distinct_rows: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT row_number)::int AS distinct_rows
         FROM import_row_errors WHERE import_id = $1 AND outcome = 'failed'`,
      [job.id],
    );
    expect(errorRows).toEqual({ rows: expected.failed, distinct_rows: expected.failed });
  }, 600_000);
});
