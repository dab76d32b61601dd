import { randomBytes } from 'node:crypto';
import { bearer, signInAll, type Tokens } from './factories/auth.factory';
import { uniqueMobile } from './factories/customer.factory';
import { runImport } from './factories/import.factory';
import { createTestApp, type TestApp } from './support/test-app';

interface SkippedPage {
  items: Array<{ row: number; column: string | null; reason: string }>;
  nextCursor: string | null;
}

describe('skipped import rows', () => {
  let t: TestApp;
  let rep1: Tokens, rep2: Tokens;

  beforeAll(async () => {
    t = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    [rep1, rep2] = await signInAll(t, 'rep1 rep2');
  });
  afterAll(() => t.app.close());

  async function run(target: 'customers' | 'leads', csv: string, mapping: string[]) {
    const job = await runImport(t, bearer(rep1), target, csv, mapping);
    expect(job.status).toBe('completed');
    return job;
  }

  it('lists each skipped row with its reason, apart from the rejected rows', async () => {
    const tag = randomBytes(3).toString('hex');
    const phones = [0, 1, 2].map(() => uniqueMobile());
    const rows = phones.map((phone, index) => `Skip test ${tag} ${index},${phone}`);
    const first = await run('customers', `name,phone\n${rows.join('\n')}\n`, ['name', 'phone']);
    expect(first).toMatchObject({ created: 3, skipped: 0 });

    // Again, with a new row, a bad one and an empty one: the three known rows are skipped
    // as duplicates, the empty one as empty.
    const again = await run(
      'customers',
      `name,phone\n${rows.join('\n')}\nSkip test ${tag} new,${uniqueMobile()}\n,${uniqueMobile()}\n , \n`,
      ['name', 'phone'],
    );
    expect(again).toMatchObject({ created: 1, skipped: 4, failed: 1 });
    const page = await t
      .as(rep1)
      .get(`/api/v1/imports/${again.id}/skipped`)
      .query({ limit: 2 })
      .expect(200);
    const body = page.body as SkippedPage;
    expect(body.items.map((item) => item.row)).toEqual([2, 3]);
    expect(body.items[0].reason).toMatch(/^duplicate of /);
    expect(body.nextCursor).not.toBeNull();
    const rest = await t
      .as(rep1)
      .get(`/api/v1/imports/${again.id}/skipped`)
      .query({ limit: 2, cursor: body.nextCursor })
      .expect(200);
    expect(rest.body).toMatchObject({
      items: [{ row: 4 }, { row: 7, reason: 'empty row' }],
      nextCursor: null,
    });
    expect(rest.body.items[0].reason).toMatch(/^duplicate of /);

    // The error report keeps to the rejected row.
    const report = await t.as(rep1).get(`/api/v1/imports/${again.id}/errors.csv`).expect(200);
    const lines = report.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^6,/);

    // Someone else's import is not found; a bad cursor is a 400.
    await t.as(rep2).get(`/api/v1/imports/${again.id}/skipped`).expect(404);
    const bad = await t
      .as(rep1)
      .get(`/api/v1/imports/${again.id}/skipped`)
      .query({ cursor: 'nope' })
      .expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
