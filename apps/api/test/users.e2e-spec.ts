import { DEMO_EMAILS, signIn, type Tokens, uniqueEmail } from './factories/auth.factory';
import { updateThenStaleUpdate } from './support/if-match';
import { createTestApp, type TestApp } from './support/test-app';

describe('users administration', () => {
  let t: TestApp, admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, DEMO_EMAILS.admin);
  });
  afterAll(() => t.app.close());

  const createUser = (fields: object = {}) =>
    t
      .as(admin)
      .post('/api/v1/users')
      .send({
        email: uniqueEmail(),
        name: '周杰',
        password: 'Strong-pass-42',
        roles: ['sales_rep'],
        ...fields,
      });

  it('creates a user: 201 with Location, ETag and no password', async () => {
    const response = await createUser().expect(201);
    expect(response.headers.location).toBe(`/api/v1/users/${response.body.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect(response.body).toMatchObject({
      name: '周杰',
      roles: ['sales_rep'],
      version: 1,
      active: true,
    });
    expect(response.body.password).toBeUndefined();
    expect(response.body.passwordHash).toBeUndefined();
  });

  it('refuses a taken email with 409, whatever its case', async () => {
    const email = uniqueEmail();
    await createUser({ email }).expect(201);
    const again = await createUser({ email: email.toUpperCase() }).expect(409);
    expect(again.body.detail).toMatch(/already exists/);
  });

  it('refuses a weak password and unknown roles with 400 naming the field', async () => {
    const weak = await createUser({ password: 'short' }).expect(400);
    expect(weak.body.errors[0].field).toBe('password');
    const role = await createUser({ roles: ['overlord'] }).expect(400);
    expect(role.body.errors[0].field).toBe('roles');
  });

  it('requires a dealer org for a channel partner', async () => {
    const response = await createUser({ roles: ['channel_partner'] }).expect(400);
    expect(response.body.errors[0].field).toBe('dealerOrgId');
  });

  it('a stale If-Match gets 412 and changes nothing', async () => {
    const created = await createUser().expect(201);
    const path = `/api/v1/users/${created.body.id}`;
    const { stale, read: current } = await updateThenStaleUpdate(
      t,
      admin,
      path,
      { name: 'First' },
      { name: 'Second' },
    );
    expect(stale.body.currentVersion).toBe(2);
    expect(current.body).toMatchObject({ name: 'First', version: 2 });
    expect(current.headers.etag).toBe('"2"');
  });

  it('two PATCHes with the same If-Match: exactly one wins', async () => {
    const created = await createUser().expect(201);
    const path = `/api/v1/users/${created.body.id}`;
    const results = await Promise.all(
      ['A', 'B', 'C'].map((name) => t.as(admin).patch(path).set('If-Match', '"1"').send({ name })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412, 412]);
  });

  it('soft-deletes and restores, signing the user out, and audits every step with field changes', async () => {
    const created = await createUser().expect(201);
    const id = created.body.id as string;
    const session = await signIn(t, created.body.email, 'Strong-pass-42');
    await t
      .as(admin)
      .patch(`/api/v1/users/${id}`)
      .send({ name: '周杰伦', password: 'Another-pass-43' })
      .expect(200);
    await t.as(admin).delete(`/api/v1/users/${id}`).expect(204);
    await t.as(session).get('/api/v1/auth/me').expect(401);
    await t.as(admin).get(`/api/v1/users/${id}`).expect(404);
    const listed = await t
      .as(admin)
      .get('/api/v1/users')
      .query({ q: created.body.email })
      .expect(200);
    expect(listed.body.items).toEqual([]);

    const restored = await t.as(admin).post(`/api/v1/users/${id}/restore`).expect(200);
    expect(restored.body.name).toBe('周杰伦');

    const audit = await t
      .as(admin)
      .get('/api/v1/audit')
      .query({ entity: 'user', entityId: id })
      .expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'restore',
      'delete',
      'update',
      'create',
    ]);
    const update = audit.body.items[2];
    expect(update).toMatchObject({
      actorType: 'user',
      actorId: admin.user.id,
      actorName: '管理员',
      changes: {
        name: { from: '周杰', to: '周杰伦' },
        passwordHash: { from: '[redacted]', to: '[redacted]' },
      },
    });
    expect(JSON.stringify(audit.body)).not.toMatch(/argon2/);
  });

  it('restoring a user whose email was taken meanwhile answers 409', async () => {
    const email = uniqueEmail();
    const first = await createUser({ email }).expect(201);
    await t.as(admin).delete(`/api/v1/users/${first.body.id}`).expect(204);
    await createUser({ email }).expect(201);
    await t.as(admin).post(`/api/v1/users/${first.body.id}/restore`).expect(409);
  });

  it('the last admin cannot be demoted or deleted', async () => {
    const me = await t.as(admin).get(`/api/v1/users/${admin.user.id}`).expect(200);
    const others = await t
      .as(admin)
      .get('/api/v1/users')
      .query({ role: 'admin', limit: 200 })
      .expect(200);
    if (others.body.items.length === 1) {
      await t
        .as(admin)
        .patch(`/api/v1/users/${me.body.id}`)
        .send({ roles: ['viewer'] })
        .expect(409);
    }
    await t.as(admin).delete(`/api/v1/users/${me.body.id}`).expect(403);
  });

  describe('lists', () => {
    it('walks every page once with keyset cursors', async () => {
      const before = await t.as(admin).get('/api/v1/users').query({ limit: 200 }).expect(200);
      const seen = new Set<string>();
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response = await t
          .as(admin)
          .get('/api/v1/users')
          .query(cursor ? { limit: 3, cursor } : { limit: 3 })
          .expect(200);
        for (const user of response.body.items as Array<{ id: string }>) {
          expect(seen.has(user.id)).toBe(false);
          seen.add(user.id);
        }
        cursor = response.body.nextCursor as string | null;
        pages++;
      } while (cursor !== null && pages < 100);
      // Nothing else writes to this file's database: the walk saw every user, once.
      expect([...seen].sort()).toEqual(
        (before.body.items as Array<{ id: string }>).map((user) => user.id).sort(),
      );
    });

    it('filters by role, team and active, and sorts by name', async () => {
      const teams = await t.as(admin).get('/api/v1/teams').expect(200);
      const east = teams.body.items.find((team: { name: string }) => team.name === 'East');
      const response = await t
        .as(admin)
        .get('/api/v1/users')
        .query({ role: 'sales_rep', teamId: east.id, active: 'true', sort: 'email' })
        .expect(200);
      const emails = response.body.items.map((user: { email: string }) => user.email);
      expect(emails).toEqual(expect.arrayContaining(['rep1@kehu.local', 'rep2@kehu.local']));
      expect(emails).not.toContain('rep3@kehu.local');
      expect([...emails].sort()).toEqual(emails);
    });

    it.each([
      [{ limit: 0 }, 'limit'],
      [{ limit: 201 }, 'limit'],
      [{ limit: 'ten' }, 'limit'],
      [{ sort: 'passwordHash' }, 'sort'],
      [{ cursor: 'bm90LWEtY3Vyc29y' }, 'cursor'],
      [{ active: 'maybe' }, 'active'],
      [{ favouriteColour: 'red' }, 'favouriteColour'],
    ])('refuses %j with 400 naming %s', async (query, field) => {
      const response = await t.as(admin).get('/api/v1/users').query(query).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });

    it('a cursor made for one sort order is refused for another', async () => {
      const first = await t
        .as(admin)
        .get('/api/v1/users')
        .query({ limit: 1, sort: 'name' })
        .expect(200);
      await t
        .as(admin)
        .get('/api/v1/users')
        .query({ limit: 1, sort: 'email', cursor: first.body.nextCursor })
        .expect(400);
    });
  });
});
