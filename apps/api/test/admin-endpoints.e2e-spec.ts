import {
  bearer,
  DEMO_EMAILS,
  type DemoRole,
  signIn,
  type Tokens,
  uniqueName,
} from './factories/auth.factory';
import { createTestApp, type TestApp } from './support/test-app';

const ROLES = Object.keys(DEMO_EMAILS) as DemoRole[];
const MISSING = '00000000-0000-4000-8000-000000000000';

/** Every admin endpoint, called by every role: only an admin gets through. */
const ADMIN_CALLS: Array<[string, string, () => object | undefined]> = [
  ['GET', '/api/v1/users', () => undefined],
  [
    'POST',
    '/api/v1/users',
    () => ({
      email: `${uniqueName('x').replace(' ', '')}@t.local`,
      name: 'X',
      password: 'Pass-word-123',
      roles: ['viewer'],
    }),
  ],
  ['GET', `/api/v1/users/${MISSING}`, () => undefined],
  ['PATCH', `/api/v1/users/${MISSING}`, () => ({ name: 'Y' })],
  ['DELETE', `/api/v1/users/${MISSING}`, () => undefined],
  ['POST', `/api/v1/users/${MISSING}/restore`, () => undefined],
  ['POST', '/api/v1/teams', () => ({ name: uniqueName('Team') })],
  ['PATCH', `/api/v1/teams/${MISSING}`, () => ({ name: 'Y' })],
  ['DELETE', `/api/v1/teams/${MISSING}`, () => undefined],
  ['GET', '/api/v1/dealer-orgs', () => undefined],
  ['POST', '/api/v1/dealer-orgs', () => ({ name: uniqueName('Dealer') })],
  ['GET', '/api/v1/api-keys', () => undefined],
  ['POST', '/api/v1/api-keys', () => ({ name: 'k', role: 'viewer', scopes: ['*'] })],
  ['DELETE', `/api/v1/api-keys/${MISSING}`, () => undefined],
  ['GET', '/api/v1/audit', () => undefined],
];

describe('admin endpoints by role', () => {
  let t: TestApp;
  const tokens = {} as Record<DemoRole, Tokens>;

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ROLES) tokens[role] = await signIn(t, DEMO_EMAILS[role]);
  });
  afterAll(() => t.app.close());

  const cases = ROLES.flatMap((role) =>
    ADMIN_CALLS.map(([method, path, body]) => ({ role, method, path, body })),
  );

  it.each(cases)('$role: $method $path', async ({ role, method, path, body }) => {
    const request = t
      .http()
      [method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](path)
      .set(bearer(tokens[role]));
    const response = await (body() === undefined ? request : request.send(body()));
    if (role === 'admin') {
      // Allowed: success, or 404 for the missing record used in by-id calls.
      expect([200, 201, 204, 404]).toContain(response.status);
      if (path.includes(MISSING)) expect(response.status).toBe(404);
    } else {
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('a denied write changes nothing', async () => {
    const name = uniqueName('Denied');
    await t.as(tokens.sales_rep).post('/api/v1/teams').send({ name }).expect(403);
    const list = await t.as(tokens.admin).get('/api/v1/teams').query({ q: name }).expect(200);
    expect(list.body.items).toEqual([]);
  });

  describe('teams: record-level rules in the query', () => {
    it('a sales manager lists only their own teams', async () => {
      const response = await t.as(tokens.sales_manager).get('/api/v1/teams').expect(200);
      expect(response.body.items.map((team: { name: string }) => team.name)).toEqual(['East']);
    });

    it('another team answers 404 to a sales manager, never 403', async () => {
      const all = await t.as(tokens.admin).get('/api/v1/teams').query({ limit: 200 }).expect(200);
      const west = all.body.items.find((team: { name: string }) => team.name === 'West');
      const east = all.body.items.find((team: { name: string }) => team.name === 'East');
      await t.as(tokens.sales_manager).get(`/api/v1/teams/${west.id}`).expect(404);
      await t.as(tokens.sales_manager).get(`/api/v1/teams/${east.id}`).expect(200);
    });

    it('a sales manager may see their team but not change it (403)', async () => {
      const mine = await t.as(tokens.sales_manager).get('/api/v1/teams').expect(200);
      await t
        .as(tokens.sales_manager)
        .patch(`/api/v1/teams/${mine.body.items[0].id}`)
        .send({ description: 'x' })
        .expect(403);
    });

    it('a sales rep may not list teams at all (403)', async () => {
      await t.as(tokens.sales_rep).get('/api/v1/teams').expect(403);
    });
  });
});
