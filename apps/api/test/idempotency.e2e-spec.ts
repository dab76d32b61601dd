import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, signIn, type Tokens, uniqueName } from './factories/auth.factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('Idempotency-Key on POST', () => {
  let t: TestApp, admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, DEMO_EMAILS.admin);
  });
  afterAll(() => t.app.close());

  const post = (key: string, body: object) =>
    t.as(admin).post('/api/v1/dealer-orgs').set('Idempotency-Key', key).send(body);

  it('a retried POST returns the first response instead of creating twice', async () => {
    const key = randomUUID();
    const body = { name: uniqueName('Dealer') };
    const first = await post(key, body).expect(201);
    const retry = await post(key, body).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const list = await t.as(admin).get('/api/v1/dealer-orgs').query({ q: body.name }).expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('the same key with a different body answers 422', async () => {
    const key = randomUUID();
    await post(key, { name: uniqueName('Dealer') }).expect(201);
    const response = await post(key, { name: uniqueName('Dealer') }).expect(422);
    expect(response.body.type).toBe('urn:kehu:problem:idempotency-key-reused');
  });

  it('20 concurrent requests with one key create one record', async () => {
    const key = randomUUID();
    const body = { name: uniqueName('Dealer') };
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(key, body)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect(new Set(responses.filter((r) => r.status === 201).map((r) => r.body.id)).size).toBe(1);
    const list = await t.as(admin).get('/api/v1/dealer-orgs').query({ q: body.name }).expect(200);
    expect(list.body.items).toHaveLength(1);
  });

  it('a failed request leaves the key free for a corrected retry', async () => {
    const key = randomUUID();
    await post(key, { name: '' }).expect(400);
    await post(key, { name: uniqueName('Dealer') }).expect(201);
  });

  it('keys belong to their caller: another user reusing a key creates their own record', async () => {
    const key = randomUUID();
    const body = { name: uniqueName('Team') };
    await t.as(admin).post('/api/v1/teams').set('Idempotency-Key', key).send(body).expect(201);
    const other = await t
      .as(admin)
      .post('/api/v1/api-keys')
      .send({ name: 'k', role: 'admin', scopes: ['*'] })
      .expect(201);
    const second = await t
      .http()
      .post('/api/v1/teams')
      .set('X-API-Key', other.body.key)
      .set('Idempotency-Key', key)
      .send(body);
    expect(second.status).toBe(409);
    expect(second.body.detail).toMatch(/already exists/);
  });

  it('refuses an oversized key', async () => {
    await post('k'.repeat(256), { name: uniqueName('Dealer') }).expect(400);
  });
});
