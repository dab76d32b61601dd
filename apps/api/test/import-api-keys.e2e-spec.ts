import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ImportRunner } from '../src/imports/import-runner';
import { DEMO_EMAILS, signIn, type Tokens } from './factories/auth.factory';
import { uniqueMobile } from './factories/customer.factory';
import { runImport, type ImportBody } from './factories/import.factory';
import { eventually } from './support/eventually';
import { createTestApp, type TestApp } from './support/test-app';

describe('imports started with an API key', () => {
  let t: TestApp;
  let admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    admin = await signIn(t, DEMO_EMAILS.admin);
  });
  afterAll(() => t.app.close());

  async function newKey(role: string, scopes: string[]): Promise<{ id: string; key: string }> {
    const created = await t
      .as(admin)
      .post('/api/v1/api-keys')
      .send({ name: `import ${scopes.join(' ')}`, role, scopes })
      .expect(201);
    return { id: created.body.id as string, key: created.body.key as string };
  }

  const asKey = (key: string) => ({ 'X-API-Key': key });

  const runWithKey = (
    key: string,
    target: 'customers' | 'leads',
    csv: string,
    mapping: Array<string | null>,
  ): Promise<ImportBody> => runImport(t, asKey(key), target, csv, mapping);

  it('a lead-scoped key starts a lead import, polls it to the end and reads its errors', async () => {
    const leadKey = await newKey('admin', ['leads:write']);
    const tag = randomBytes(3).toString('hex');
    const csv = `name,company,mobile\nKey lead ${tag} A,Acme,${uniqueMobile()}\nKey lead ${tag} B,Acme,not-a-phone\n`;
    const done = await runWithKey(leadKey.key, 'leads', csv, ['name', 'company', 'mobile']);
    expect(done).toMatchObject({ status: 'completed', created: 1, failed: 1 });
    const report = await t
      .http()
      .get(`/api/v1/imports/${done.id}/errors.csv`)
      .set(asKey(leadKey.key))
      .expect(200);
    expect(report.text).toContain('row,column,reason');
    expect(report.text).toMatch(/^3,/m);
    const stored = await t.app
      .get(DataSource)
      .query('SELECT name FROM leads WHERE name LIKE $1', [`Key lead ${tag}%`]);
    expect(stored).toEqual([{ name: `Key lead ${tag} A` }]);

    // Its rights are leads only: a customer import is refused outright.
    await t
      .http()
      .post('/api/v1/imports/customers')
      .set(asKey(leadKey.key))
      .attach('file', Buffer.from('name\nx\n', 'utf8'), 'customers.csv')
      .expect(403);

    // A key that may import customers but not leads does not find the lead import.
    const customerKey = await newKey('admin', ['customers:write']);
    for (const path of ['', '/errors.csv'])
      await t
        .http()
        .get(`/api/v1/imports/${done.id}${path}`)
        .set(asKey(customerKey.key))
        .expect(404);
    // A key that may import nothing is refused at the door.
    const viewerKey = await newKey('viewer', ['*']);
    const refused = await t
      .http()
      .get(`/api/v1/imports/${done.id}`)
      .set(asKey(viewerKey.key))
      .expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    // The admin, as a user, sees every import.
    await t.as(admin).get(`/api/v1/imports/${done.id}`).expect(200);
  });

  it("a customer-scoped key's import runs with the key's rights", async () => {
    const customerKey = await newKey('admin', ['customers:write']);
    const tag = randomBytes(3).toString('hex');
    const csv = `name,phone\nKey customer ${tag},${uniqueMobile()}\n`;
    const done = await runWithKey(customerKey.key, 'customers', csv, ['name', 'phone']);
    expect(done).toMatchObject({ status: 'completed', created: 1, failed: 0 });
    const stored = await t.app
      .get(DataSource)
      .query('SELECT name, created_by_id AS "createdById" FROM customers WHERE name = $1', [
        `Key customer ${tag}`,
      ]);
    // As when the key creates one through the API: no user created it.
    expect(stored).toEqual([{ name: `Key customer ${tag}`, createdById: null }]);
  });

  it('an import whose key was revoked before it ran fails and says why', async () => {
    const customerKey = await newKey('admin', ['customers:write']);
    const uploaded = await t
      .http()
      .post('/api/v1/imports/customers')
      .set(asKey(customerKey.key))
      .attach('file', Buffer.from(`name\nRevoked ${randomBytes(3).toString('hex')}\n`), 'c.csv')
      .expect(201);
    await t.as(admin).delete(`/api/v1/api-keys/${customerKey.id}`).expect(204);
    // Queued directly with its job, as if the key had started it just before it was revoked
    // (the job runs after the revocation).
    await t.app.get(DataSource).transaction(async (manager) => {
      await manager.query(
        `UPDATE imports SET status = 'queued', mapping = '["name"]', duplicate_mode = 'skip' WHERE id = $1`,
        [uploaded.body.id],
      );
      await t.app.get(ImportRunner).schedule(manager, uploaded.body.id);
    });
    await eventually(async () => {
      const job = await t.as(admin).get(`/api/v1/imports/${uploaded.body.id}`).expect(200);
      expect(job.body).toMatchObject({
        status: 'failed',
        failureReason: 'The API key that started the import may no longer import customers.',
        created: 0,
      });
    });
  });
});
