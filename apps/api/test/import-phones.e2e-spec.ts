import { randomBytes, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, signIn, type Tokens } from './factories/auth.factory';
import { uniqueMobile } from './factories/customer.factory';
import { importErrorLines } from './factories/import.factory';
import { eventually } from './support/eventually';
import { createTestApp, type TestApp } from './support/test-app';

interface ImportBody {
  id: string;
  status: string;
  version: number;
  created: number;
  skipped: number;
  failed: number;
}

type StoredPhone = { type: string; value: string; primary: boolean };

/** Full-width digits and plus sign, as a Chinese input method types them. */
const fullWidth = (ascii: string): string =>
  ascii.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A Beijing landline no other test writes (eight digits after 010, random). */
// Beijing numbers that start with 6 are all valid; some that start with 80 are not.
const uniqueLandline = (): string => `6${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;

describe('imported phones (validated, typed and keyed as the API does)', () => {
  let t: TestApp;
  let rep1: Tokens;

  beforeAll(async () => {
    t = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    rep1 = await signIn(t, 'rep1@kehu.local');
  });
  afterAll(() => t.app.close());

  async function importSheet(
    target: 'customers' | 'leads',
    csv: string,
    mapping: string[],
  ): Promise<{ done: ImportBody; errors: string[] }> {
    const uploaded = await t
      .as(rep1)
      .post(`/api/v1/imports/${target}`)
      .attach('file', Buffer.from(csv, 'utf8'), `${target}-phones.csv`)
      .expect(201);
    await t
      .as(rep1)
      .post(`/api/v1/imports/${uploaded.body.id}/start`)
      .set('If-Match', `"${uploaded.body.version}"`)
      .send({ mapping, duplicateMode: 'skip' })
      .expect(200);
    const done = await eventually(
      async () => {
        const job = await t.as(rep1).get(`/api/v1/imports/${uploaded.body.id}`).expect(200);
        expect(job.body.status).toBe('completed');
        return job.body as ImportBody;
      },
      { timeoutMs: 60_000 },
    );
    const errors = (await importErrorLines(t, bearer(rep1), done.id)).slice(1);
    return { done, errors };
  }

  const rowsNamed = (table: 'customers' | 'leads', prefix: string) =>
    t.app
      .get(DataSource)
      .query<Array<{ id: string; name: string; phones: StoredPhone[] }>>(
        `SELECT id, name, phones FROM ${table} WHERE name LIKE $1 AND deleted_at IS NULL ORDER BY name`,
        [`${prefix}%`],
      );

  it('customers: an invalid number fails its row, a mobile is mobile and a landline work, in any column', async () => {
    const prefix = `Phone Co ${randomBytes(3).toString('hex')}`;
    const mobile = uniqueMobile();
    const landline = uniqueLandline();
    const plus86 = uniqueMobile();
    const csv = [
      'name,phone,mobile',
      `${prefix} A,${fullWidth(mobile)},010-${landline}`,
      `${prefix} B,"+86 ${plus86.slice(0, 3)} ${plus86.slice(3, 7)} ${plus86.slice(7)}",`,
      `${prefix} Bad 1,5555 0100,${uniqueMobile()}`,
      `${prefix} Bad 2,,120 0013 8000`,
      // Same numbers written otherwise: the keys match, so the rows are duplicates.
      `${prefix} C,${mobile},`,
      `${prefix} D,"＋86 (010) ${landline}",`,
    ].join('\n');
    const { done, errors } = await importSheet('customers', csv, ['name', 'phone', 'mobile']);
    expect(done).toMatchObject({ created: 2, failed: 2, skipped: 2 });
    expect(errors).toEqual([
      expect.stringMatching(/^4,phone,"phone ""5555 0100"" is not a valid phone number \(.+\)"$/),
      expect.stringMatching(
        /^5,mobile,"mobile ""120 0013 8000"" is not a valid phone number \(.+\)"$/,
      ),
    ]);

    const stored = await rowsNamed('customers', prefix);
    expect(stored.map((row) => row.name)).toEqual([`${prefix} A`, `${prefix} B`]);
    expect(stored[0].phones).toEqual([
      { type: 'mobile', value: fullWidth(mobile), primary: true },
      { type: 'work', value: `010-${landline}`, primary: false },
    ]);
    expect(stored[1].phones).toEqual([
      expect.objectContaining({ type: 'mobile', value: expect.stringContaining('+86 ') }),
    ]);
    const keys = await t.app
      .get(DataSource)
      .query<Array<{ value: string }>>(
        `SELECT value FROM customer_keys WHERE field = 'phone' AND customer_id = ANY($1) ORDER BY value`,
        [stored.map((row) => row.id)],
      );
    expect(keys.map((key) => key.value)).toEqual(
      [`+86${mobile}`, `+8610${landline}`, `+86${plus86}`].sort(),
    );
  });

  it('leads: an invalid number fails its row, a mobile is mobile and a landline work', async () => {
    const prefix = `Phone Lead ${randomBytes(3).toString('hex')}`;
    const mobile = uniqueMobile();
    const landline = uniqueLandline();
    const csv = [
      'name,phone,mobile',
      `${prefix} A,"(010) ${landline}",${fullWidth(`+86${mobile}`)}`,
      `${prefix} Bad,123 4567,`,
      `${prefix} C,+86${mobile},`,
    ].join('\n');
    const { done, errors } = await importSheet('leads', csv, ['name', 'phone', 'mobile']);
    expect(done).toMatchObject({ created: 1, failed: 1, skipped: 1 });
    expect(errors).toEqual([
      expect.stringMatching(/^3,phone,"phone ""123 4567"" is not a valid phone number \(.+\)"$/),
    ]);
    const stored = await rowsNamed('leads', prefix);
    expect(stored.map((row) => row.name)).toEqual([`${prefix} A`]);
    expect(stored[0].phones).toEqual([
      { type: 'work', value: `(010) ${landline}`, primary: true },
      { type: 'mobile', value: fullWidth(`+86${mobile}`), primary: false },
    ]);
  });
});
