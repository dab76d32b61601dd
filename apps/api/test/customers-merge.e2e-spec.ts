import { signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueMobile } from './factories/customer.factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('merging duplicate customers', () => {
  let t: TestApp;
  let admin: Tokens, manager: Tokens, rep1: Tokens, rep3: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, manager, rep1, rep3] = await signInAll(t, 'admin manager rep1 rep3');
  });
  afterAll(() => t.app.close());

  it('moves everything to the survivor in one step; the source redirects', async () => {
    const survivorPhone = uniqueMobile();
    const sourcePhone = uniqueMobile();
    const survivor = await newCustomer(t, rep1, {
      phones: [{ type: 'work', value: survivorPhone }],
      notes: 'keep me',
    });
    const source = await newCustomer(t, rep1, {
      phones: [{ type: 'mobile', value: sourcePhone }],
      industry: '制造业',
      roles: ['customer', 'debtor'],
    });
    await t
      .as(rep1)
      .post(`/api/v1/customers/${source.id}/interactions`)
      .send({ kind: 'visit', summary: '拜访' })
      .expect(201);

    await t
      .as(rep1)
      .post(`/api/v1/customers/${survivor.id}/merge`)
      .send({ sourceId: source.id })
      .expect(403);
    const merged = await t
      .as(manager)
      .post(`/api/v1/customers/${survivor.id}/merge`)
      .send({ sourceId: source.id, fields: { name: 'source' } })
      .expect(200);
    expect(merged.body).toMatchObject({
      name: source.name,
      industry: '制造业',
      notes: 'keep me',
      roles: ['customer', 'debtor'],
    });
    expect(merged.body.phones.map((phone: { value: string }) => phone.value)).toEqual([
      survivorPhone,
      sourcePhone,
    ]);

    const timeline = await t.as(rep1).get(`/api/v1/customers/${survivor.id}/timeline`).expect(200);
    expect(timeline.body.items.map((event: { kind: string }) => event.kind)).toEqual([
      'merged',
      'visit',
      'created',
      'created',
    ]);

    const redirect = await t
      .as(rep1)
      .get(`/api/v1/customers/${source.id}`)
      .redirects(0)
      .expect(308);
    expect(redirect.headers.location).toBe(`/api/v1/customers/${survivor.id}`);
    const byNumber = await t
      .as(rep1)
      .get('/api/v1/customers/by-number')
      .query({ number: source.number })
      .redirects(0)
      .expect(308);
    expect(byNumber.headers.location).toBe(`/api/v1/customers/${survivor.id}`);
    await t.as(rep3).get(`/api/v1/customers/${source.id}`).redirects(0).expect(404);

    // The source's phone now belongs to the survivor: a new customer with it is refused.
    const again = await t
      .as(admin)
      .post('/api/v1/customers')
      .send({ kind: 'company', name: 'Another Co', phones: [{ type: 'work', value: sourcePhone }] })
      .expect(409);
    expect(again.body.duplicates[0].id).toBe(survivor.id);
    await t.as(admin).post(`/api/v1/customers/${source.id}/restore`).expect(409);

    const audit = await t
      .as(admin)
      .get('/api/v1/audit')
      .query({ entity: 'customer', entityId: survivor.id })
      .expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'merge',
      changes: { name: { from: survivor.name, to: source.name } },
    });
  });

  it('refuses merging a company into a person, a record into itself, and bad choices (400)', async () => {
    const company = await newCustomer(t, admin);
    const person = await newCustomer(t, admin, { kind: 'person', name: '王芳' });
    await t
      .as(admin)
      .post(`/api/v1/customers/${company.id}/merge`)
      .send({ sourceId: person.id })
      .expect(400);
    await t
      .as(admin)
      .post(`/api/v1/customers/${company.id}/merge`)
      .send({ sourceId: company.id })
      .expect(400);
    const other = await newCustomer(t, admin);
    const bad = await t
      .as(admin)
      .post(`/api/v1/customers/${company.id}/merge`)
      .send({ sourceId: other.id, fields: { number: 'source', name: 'both' } })
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'fields.name',
      'fields.number',
    ]);
  });

  it('a manager cannot merge a customer of another team (404)', async () => {
    const east = await newCustomer(t, rep1);
    const west = await newCustomer(t, rep3);
    await t
      .as(manager)
      .post(`/api/v1/customers/${east.id}/merge`)
      .send({ sourceId: west.id })
      .expect(404);
    await t.as(rep3).get(`/api/v1/customers/${west.id}`).expect(200);
  });
});
