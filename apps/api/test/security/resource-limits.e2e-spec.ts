import { DataSource } from 'typeorm';
import { DEMO_EMAILS, newUser, signIn, type Tokens } from '../factories/auth.factory';
import { createTestApp, type TestApp } from '../support/test-app';
import { OPERATIONS } from './support/openapi-document';

const LIMIT = 3;
const WINDOW_SECONDS = 60;
const MAX_PAGE_SIZE = 200;

/** Clears the windows of this suite's callers before each test. */
async function clearExpensiveBuckets(t: TestApp, callers: Tokens[]): Promise<void> {
  const keys = callers.flatMap((caller) =>
    ['import', 'export', 'duplicateCheck'].map((kind) => `${kind}:user:${caller.user.id}`),
  );
  await t.app.get(DataSource).query('DELETE FROM rate_limit_buckets WHERE key = ANY($1)', [keys]);
}

async function importCount(t: TestApp): Promise<number> {
  const rows: Array<{ count: number }> = await t.app
    .get(DataSource)
    .query('SELECT count(*)::int AS count FROM imports');
  return rows[0].count;
}

function expectRateLimited(response: { status: number; headers: Record<string, string> }) {
  expect(response.status).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
}

describe('resource limits', () => {
  let t: TestApp;
  let admin: Tokens;
  let rep1: Tokens;
  let rep2: Tokens;

  beforeAll(async () => {
    t = await createTestApp({
      EXPENSIVE_RATE_WINDOW_SECONDS: String(WINDOW_SECONDS),
      IMPORT_MAX_REQUESTS_PER_WINDOW: String(LIMIT),
      EXPORT_MAX_REQUESTS_PER_WINDOW: String(LIMIT),
      DUPLICATE_CHECK_MAX_REQUESTS_PER_WINDOW: String(LIMIT),
      IMPORT_MAX_BYTES: '2048',
    });
    admin = await signIn(t, DEMO_EMAILS.admin);
    // Reps of this suite's own, whose windows no other test of the file fills.
    const demoRep = await signIn(t, 'rep1@kehu.local');
    [rep1, rep2] = await Promise.all(
      [1, 2].map(() => newUser(t, admin, { roles: ['sales_rep'], teamIds: demoRep.user.teamIds })),
    );
  });
  beforeEach(() => clearExpensiveBuckets(t, [admin, rep1, rep2]));
  afterAll(() => t.app.close());

  const exportAs = (as: Tokens) =>
    t.as(as).get('/api/v1/customers/export').query({ q: 'no-such-customer' });
  const checkAs = (as: Tokens) =>
    t.as(as).post('/api/v1/customers/duplicates/check').send({ kind: 'company', name: '限流测试' });
  const uploadAs = (as: Tokens, content: string) =>
    t
      .as(as)
      .post('/api/v1/imports/customers')
      .attach('file', Buffer.from(content, 'utf8'), 'limits.csv');

  it('limits customer exports per caller with 429 and Retry-After', async () => {
    for (let i = 0; i < LIMIT; i += 1) await exportAs(rep1).expect(200);
    expectRateLimited(await exportAs(rep1));
    // Another caller has a window of its own.
    await exportAs(rep2).expect(200);
  });

  it('limits duplicate checks per caller', async () => {
    for (let i = 0; i < LIMIT; i += 1) await checkAs(rep1).expect(200);
    expectRateLimited(await checkAs(rep1));
    await checkAs(rep2).expect(200);
  });

  it('limits import uploads and starts together, and a refused upload stores nothing', async () => {
    const uploads: Array<{ id: string; version: number }> = [];
    for (let i = 0; i < LIMIT; i += 1) {
      const response = await uploadAs(rep1, `name,email\nLimit ${i},limit${i}@example.com\n`);
      expect(response.status).toBe(201);
      uploads.push(response.body as { id: string; version: number });
    }
    const before = await importCount(t);
    expectRateLimited(await uploadAs(rep1, 'name\nOne too many\n'));
    expect(await importCount(t)).toBe(before);
    const [first] = uploads;
    expectRateLimited(
      await t
        .as(rep1)
        .post(`/api/v1/imports/${first.id}/start`)
        .set('If-Match', `"${first.version}"`)
        .send({ mapping: ['name', 'email'], duplicateMode: 'skip' }),
    );
    const job = await t.as(rep1).get(`/api/v1/imports/${first.id}`).expect(200);
    expect(job.body).toMatchObject({ status: 'uploaded', version: first.version });
    // Reading progress is cheap and not limited; another caller may still upload.
    expect((await uploadAs(rep2, 'name\nSomeone else\n')).status).toBe(201);
  });

  it('refuses an upload larger than the import limit with 413 and stores nothing', async () => {
    const before = await importCount(t);
    const big = `name\n${'x'.repeat(100)}\n`.repeat(50);
    const response = await uploadAs(admin, big);
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await importCount(t)).toBe(before);
  });

  it('refuses a JSON body larger than the body limit with 413', async () => {
    const response = await t
      .as(admin)
      .post('/api/v1/customers')
      .send({ kind: 'company', name: 'Too big', notes: 'x'.repeat(t.config.bodyLimitBytes + 1) });
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  const paged = OPERATIONS.filter(
    (operation) =>
      operation.method === 'GET' &&
      !operation.path.includes('{') &&
      operation.parameters.some(
        (parameter) => parameter.in === 'query' && parameter.name === 'limit',
      ),
  );

  it('has list endpoints with a page size to check', () => {
    expect(paged.length).toBeGreaterThanOrEqual(5);
  });

  it.each(paged.map((operation) => [operation.path] as const))(
    '%s caps the page size: above the maximum or below 1 is 400, the maximum is served',
    async (route) => {
      const url = route.replace(/^\/api\/v1/, '/api/v1');
      for (const limit of [MAX_PAGE_SIZE + 1, 0, 1_000_000]) {
        const response = await t.as(admin).get(url).query({ limit });
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      const response = await t.as(admin).get(url).query({ limit: MAX_PAGE_SIZE });
      expect(response.status).toBe(200);
      const items = (response.body as { items?: unknown[] }).items;
      if (items) expect(items.length).toBeLessThanOrEqual(MAX_PAGE_SIZE);
    },
  );
});
