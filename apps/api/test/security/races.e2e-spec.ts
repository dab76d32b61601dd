import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEMO_EMAILS, signIn, type Tokens } from '../factories/auth.factory';
import { newCustomer, uniqueCompanyName, uniqueMobile } from '../factories/customer.factory';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Races the unique rules must win: many requests for the same customer at the same
 * moment leave exactly one row, and every loser gets a clean 409 / 412 / 422.
 */
describe('races', () => {
  let t: TestApp;
  let admin: Tokens;
  let rep: Tokens;
  let database: DataSource;

  beforeAll(async () => {
    t = await createTestApp();
    database = t.app.get(DataSource);
    [admin, rep] = await Promise.all([
      signIn(t, DEMO_EMAILS.admin),
      signIn(t, DEMO_EMAILS.sales_rep),
    ]);
  });
  afterAll(() => t.app.close());

  const create = (as: Tokens, body: object, headers: Record<string, string> = {}) =>
    t
      .as(as)
      .post('/api/v1/customers')
      .query({ acknowledgeDuplicates: 'true' })
      .set(headers)
      .send(body);

  async function liveCustomersHolding(field: string, value: string): Promise<string[]> {
    const rows = await database.query<Array<{ id: string }>>(
      `SELECT c.id FROM customer_keys k JOIN customers c ON c.id = k.customer_id
        WHERE k.field = $1 AND k.value = $2 AND c.deleted_at IS NULL`,
      [field, value],
    );
    return rows.map((row) => row.id);
  }

  function expectOneWinner(statuses: number[], loser: number) {
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status !== 201)).toEqual(
      Array.from({ length: statuses.length - 1 }, () => loser),
    );
  }

  /** A unified social credit code nobody else in the run has. */
  const uniqueTaxId = () => `91310000${randomBytes(5).toString('hex').toUpperCase()}`;

  it('50 concurrent creates of one person with the same phone, written five ways: one customer', async () => {
    const mobile = uniqueMobile();
    const spellings = [
      mobile,
      `+86 ${mobile}`,
      `${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}`,
      `0086${mobile}`,
      `(+86) ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`,
    ];
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        create(admin, {
          kind: 'person',
          name: '张伟',
          phones: [{ type: 'mobile', value: spellings[i % spellings.length] }],
        }),
      ),
    );
    expectOneWinner(
      responses.map((r) => r.status),
      409,
    );
    for (const loser of responses.filter((r) => r.status === 409)) {
      expect(loser.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const winner = responses.find((r) => r.status === 201)!;
    expect(await liveCustomersHolding('phone', `+86${mobile}`)).toEqual([winner.body.id]);
  });

  it('50 concurrent creates of one company, same name and tax id written differently: one customer', async () => {
    const name = uniqueCompanyName();
    const taxId = uniqueTaxId();
    const spellings = [
      taxId,
      taxId.toLowerCase(),
      `${taxId.slice(0, 6)} ${taxId.slice(6, 12)} ${taxId.slice(12)}`,
      `${taxId.slice(0, 8)}-${taxId.slice(8)}`,
    ];
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        create(rep, {
          kind: 'company',
          name: i % 2 === 0 ? name : `  ${name.toUpperCase()} `,
          taxId: spellings[i % spellings.length],
        }),
      ),
    );
    expectOneWinner(
      responses.map((r) => r.status),
      409,
    );
    const winner = responses.find((r) => r.status === 201)!;
    expect(await liveCustomersHolding('taxId', taxId)).toEqual([winner.body.id]);
    const [{ count }] = await database.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM customers WHERE tax_id = ANY($1::text[])',
      [spellings],
    );
    expect(count).toBe(1);
  });

  it('50 concurrent creates of different customers get 50 distinct numbers', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        create(rep, {
          kind: 'company',
          name: uniqueCompanyName(),
          phones: [{ type: 'work', value: uniqueMobile() }],
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 50 }, () => 201));
    const ids = responses.map((r) => r.body.id as string);
    const rows = await database.query<Array<{ number: string }>>(
      'SELECT number FROM customers WHERE id = ANY($1::uuid[])',
      [ids],
    );
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((row) => row.number)).size).toBe(50);
    expect(new Set(responses.map((r) => r.body.number as string)).size).toBe(50);
  });

  it('the same Idempotency-Key sent 20 times at once creates one customer; another body with it → 422', async () => {
    const key = randomUUID();
    const body = {
      kind: 'company',
      name: uniqueCompanyName(),
      phones: [{ type: 'work', value: uniqueMobile() }],
    };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => create(admin, body, { 'Idempotency-Key': key })),
    );
    // A request that arrives while the first is still running is told to retry (409);
    // every other one gets the first one's answer.
    expect(responses.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    const ids = new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id as string));
    expect(ids.size).toBe(1);
    const [{ count }] = await database.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM customers WHERE name = $1',
      [body.name],
    );
    expect(count).toBe(1);

    const replay = await create(admin, body, { 'Idempotency-Key': key }).expect(201);
    expect(replay.body.id).toBe([...ids][0]);
    const changed = await create(
      admin,
      { ...body, name: uniqueCompanyName() },
      { 'Idempotency-Key': key },
    ).expect(422);
    expect(changed.body.type).toBe('urn:kehu:problem:idempotency-key-reused');
  });

  it('10 concurrent PATCHes with the same If-Match: one wins, nine get 412', async () => {
    const customer = await newCustomer(t, admin);
    const names = Array.from({ length: 10 }, () => uniqueCompanyName());
    const responses = await Promise.all(
      names.map((name) =>
        t
          .as(admin)
          .patch(`/api/v1/customers/${customer.id}`)
          .set('If-Match', `"${customer.version}"`)
          .send({ name }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 412)).toHaveLength(9);
    const winner = responses.find((r) => r.status === 200)!;
    const [row] = await database.query<Array<{ name: string; version: number }>>(
      'SELECT name, version FROM customers WHERE id = $1',
      [customer.id],
    );
    expect(row).toEqual({ name: winner.body.name, version: customer.version + 1 });
  });

  it('soft delete frees the tax id; restoring while a new customer holds it answers 409', async () => {
    const taxId = uniqueTaxId();
    const first = await newCustomer(t, admin, { taxId });
    await t.as(admin).delete(`/api/v1/customers/${first.id}`).expect(204);
    const second = await newCustomer(t, admin, { taxId: taxId.toLowerCase() });
    const restore = await t.as(admin).post(`/api/v1/customers/${first.id}/restore`).expect(409);
    expect(restore.body.duplicates[0]).toMatchObject({ id: second.id, matchedOn: ['taxId'] });
    const [{ deleted }] = await database.query<Array<{ deleted: boolean }>>(
      'SELECT deleted_at IS NOT NULL AS deleted FROM customers WHERE id = $1',
      [first.id],
    );
    expect(deleted).toBe(true);
    expect(await liveCustomersHolding('taxId', taxId)).toEqual([second.id]);
  });

  it('restoring two deleted twins at once: one comes back, the other answers 409', async () => {
    const taxId = uniqueTaxId();
    const first = await newCustomer(t, admin, { taxId });
    await t.as(admin).delete(`/api/v1/customers/${first.id}`).expect(204);
    const second = await newCustomer(t, admin, { taxId });
    await t.as(admin).delete(`/api/v1/customers/${second.id}`).expect(204);
    const responses = await Promise.all(
      [first, second].map((customer) =>
        t.as(admin).post(`/api/v1/customers/${customer.id}/restore`),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await liveCustomersHolding('taxId', taxId)).toHaveLength(1);
  });
});
