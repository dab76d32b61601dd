import { DEMO_EMAILS, signIn, type Tokens } from './factories/auth.factory';
import { createTestApp, type TestApp } from './support/test-app';

const PROBLEM = /^application\/problem\+json/;

describe('errors are RFC 9457 problem details, never a 500 for bad input', () => {
  let t: TestApp;
  let admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT_BYTES: '4096' });
    admin = await signIn(t, DEMO_EMAILS.admin);
  });
  afterAll(() => t.app.close());

  function expectProblem(
    response: { status: number; headers: Record<string, string>; body: Record<string, unknown> },
    status: number,
  ) {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.body).toMatchObject({
      status,
      type: expect.stringMatching(/^urn:kehu:problem:/),
      title: expect.any(String),
      detail: expect.any(String),
    });
    expect(JSON.stringify(response.body)).not.toMatch(
      / at .*\.(js|ts):\d+|QueryFailedError|SELECT |INSERT /,
    );
  }

  it('malformed JSON: 400', async () => {
    const response = await t
      .as(admin)
      .post('/api/v1/teams')
      .set('content-type', 'application/json')
      .send('{"name": ');
    expectProblem(response, 400);
  });

  it('an empty application/json body counts as no body (DELETE, body-less POST)', async () => {
    const team = await t.as(admin).post('/api/v1/teams').send({ name: 'Empty body' }).expect(201);
    const deleted = await t
      .as(admin)
      .delete(`/api/v1/teams/${team.body.id}`)
      .set('content-type', 'application/json')
      .send('');
    expect(deleted.status).toBe(204);
    const restored = await t
      .as(admin)
      .post(`/api/v1/teams/${team.body.id}/restore`)
      .set('content-type', 'application/json; charset=utf-8')
      .send('');
    expect(restored.status).toBe(200);
    const readAll = await t
      .as(admin)
      .post('/api/v1/notifications/read-all')
      .set('content-type', 'application/json')
      .send('');
    expect(readAll.status).toBe(200);
  });

  it('an empty application/json body where a body is required: the usual 400 validation problem', async () => {
    const response = await t
      .as(admin)
      .post('/api/v1/teams')
      .set('content-type', 'application/json')
      .send('');
    expectProblem(response, 400);
    expect(response.body.type).toBe('urn:kehu:problem:validation');
  });

  it('a body over the limit: 413', async () => {
    const response = await t
      .as(admin)
      .post('/api/v1/teams')
      .send({ name: 'x', description: 'y'.repeat(10_000) });
    expectProblem(response, 413);
  });

  it('an unsupported content type: 415', async () => {
    const response = await t
      .as(admin)
      .post('/api/v1/teams')
      .set('content-type', 'application/x-yaml')
      .send('name: x');
    expectProblem(response, 415);
  });

  it('wrong types, nested junk, null bytes and huge numbers: 400 naming the fields', async () => {
    const response = await t
      .as(admin)
      .post('/api/v1/users')
      .send({
        email: 'not-an-email',
        name: { $gt: '' },
        password: 1e30,
        roles: 'admin',
        teamIds: ['not-a-uuid'],
      });
    expectProblem(response, 400);
    const fields = (response.body.errors as Array<{ field: string }>).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['email', 'name', 'password', 'roles', 'teamIds']),
    );
    const nul = await t.as(admin).post('/api/v1/teams').send({ name: 'a\u0000b' });
    expect(nul.status).toBe(400);
  });

  it('NUL or an unpaired surrogate anywhere in a body: 400 naming the field, nothing stored', async () => {
    const before = await t.as(admin).get('/api/v1/dealer-orgs?limit=200');
    const surrogate = await t
      .as(admin)
      .post('/api/v1/dealer-orgs')
      .set('Content-Type', 'application/json')
      .send('{"name":"Lone surrogate","contactEmail":"\\ud800"}');
    expect(surrogate.status).toBe(400);
    expect(surrogate.headers['content-type']).toMatch(PROBLEM);
    expect(surrogate.body.errors).toEqual([expect.objectContaining({ field: 'contactEmail' })]);
    const nested = await t
      .as(admin)
      .post('/api/v1/teams')
      .send({ name: 'ok', tags: ['fine', 'a\u0000b'] });
    expect(nested.status).toBe(400);
    expect(nested.body.errors).toEqual([expect.objectContaining({ field: 'tags[1]' })]);
    const after = await t.as(admin).get('/api/v1/dealer-orgs?limit=200');
    expect(after.body.items).toHaveLength(before.body.items.length);
  });

  it('a malformed id: 400; a missing one: 404', async () => {
    expectProblem(await t.as(admin).get('/api/v1/users/not-a-uuid'), 400);
    expectProblem(await t.as(admin).get('/api/v1/users/7f000000-0000-4000-8000-000000000000'), 404);
  });

  it('an over-long path parameter: 414; a malformed URL escape: 400 — problem+json, from before routing', async () => {
    // (A GET falls through to the console's catch-all route and answers a 404 problem.)
    expectProblem(
      await t
        .as(admin)
        .patch(`/api/v1/users/${'x'.repeat(5000)}`)
        .send({}),
      414,
    );
    expectProblem(await t.as(admin).patch('/api/v1/users/%E0%A4%A').send({}), 400);
  });

  it('an If-Match that is not a version: 400', async () => {
    expectProblem(
      await t
        .as(admin)
        .patch(`/api/v1/users/${admin.user.id}`)
        .set('If-Match', 'yesterday')
        .send({}),
      400,
    );
  });

  it('SQL in search and sort is data, not SQL', async () => {
    const search = await t
      .as(admin)
      .get('/api/v1/users')
      .query({ q: "'; DROP TABLE users; --" })
      .expect(200);
    expect(search.body.items).toEqual([]);
    expectProblem(
      await t.as(admin).get('/api/v1/users').query({ sort: 'name; DROP TABLE users' }),
      400,
    );
    await t.as(admin).get('/api/v1/users').query({ q: '%_\\' }).expect(200);
    await t.as(admin).get('/api/v1/users').expect(200);
  });

  it('unknown API routes: 404 problem for every method', async () => {
    expectProblem(await t.as(admin).get('/api/v1/no-such-thing'), 404);
    expectProblem(await t.as(admin).delete('/api/v1/no-such-thing'), 404);
  });

  it('responses carry a request id and security headers', async () => {
    const response = await t
      .http()
      .get('/api/v1/health')
      .set('X-Request-Id', 'trace-123')
      .expect(200);
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    const generated = await t
      .http()
      .get('/api/v1/health')
      .set('X-Request-Id', 'bad id with spaces and {braces}');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends no CORS headers unless origins are configured', async () => {
    const response = await t.http().get('/api/v1/health').set('Origin', 'https://evil.example');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers CORS only for configured origins', async () => {
    const withCors = await createTestApp({ CORS_ORIGINS: 'https://crm.example.com' });
    try {
      const allowed = await withCors
        .http()
        .get('/api/v1/health')
        .set('Origin', 'https://crm.example.com');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://crm.example.com');
      const other = await withCors
        .http()
        .get('/api/v1/health')
        .set('Origin', 'https://evil.example');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await withCors.app.close();
    }
  });

  it('health and readiness answer without signing in', async () => {
    await t.http().get('/api/v1/health').expect(200, { status: 'ok' });
    await t.http().get('/api/v1/health/ready').expect(200, { status: 'ok' });
  });
});
