import { createHmac } from 'node:crypto';
import {
  bearer,
  DEMO_EMAILS,
  logIn,
  newUser,
  refreshSession,
  signIn,
  type Tokens,
} from './factories/auth.factory';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from './support/test-app';

function jwt(header: object, payload: object, secret: string | null): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(payload)}`;
  const signature =
    secret === null ? '' : createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

describe('authentication', () => {
  let t: TestApp, admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, DEMO_EMAILS.admin);
  });
  afterAll(() => t.app.close());

  describe('login', () => {
    it('answers tokens and the user, never the password hash', async () => {
      const response = await logIn(t, { email: 'ADMIN@kehu.local', password: 'kehu-demo' }).expect(
        200,
      );
      expect(response.body).toMatchObject({
        expiresIn: 900,
        user: { email: 'admin@kehu.local', roles: ['admin'] },
      });
      expect(typeof response.body.accessToken).toBe('string');
      expect(JSON.stringify(response.body)).not.toMatch(/passwordHash|argon2/);
    });

    it('refuses a wrong password and an unknown email alike with 401', async () => {
      const wrong = await logIn(t, { email: DEMO_EMAILS.viewer, password: 'nope-nope-1' });
      const unknown = await logIn(t, { email: 'nobody@kehu.local', password: 'nope-nope-1' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body.detail).toBe(unknown.body.detail);
      expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('answers the sixth bad login in a minute with 429 and Retry-After, even with the right password', async () => {
      const user = await newUser(t, admin);
      for (let attempt = 1; attempt <= 5; attempt++) {
        await logIn(t, { email: user.email, password: 'Wrong-pass-1' }).expect(401);
      }
      const sixth = await logIn(t, { email: user.email, password: user.password });
      expect(sixth.status).toBe(429);
      expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
      expect(sixth.body).toMatchObject({ status: 429, title: 'Too many requests' });
    });

    it('limits failures per address too', async () => {
      const limited = await createTestApp({
        TRUST_PROXY: 'true',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '3',
      });
      try {
        const from = { 'X-Forwarded-For': '198.51.100.23' };
        for (let attempt = 0; attempt < 3; attempt++) {
          await logIn(limited, { email: `x${attempt}@kehu.local`, password: 'Wrong-pass-1' })
            .set(from)
            .expect(401);
        }
        await logIn(limited, { email: DEMO_EMAILS.viewer, password: 'kehu-demo' })
          .set(from)
          .expect(429);
        await logIn(limited, { email: DEMO_EMAILS.viewer, password: 'kehu-demo' })
          .set({ 'X-Forwarded-For': '198.51.100.24' })
          .expect(200);
      } finally {
        await limited.app.close();
      }
    });

    it('rejects unknown fields with a 400 that names them', async () => {
      const response = await logIn(t, {
        email: DEMO_EMAILS.admin,
        password: 'kehu-demo',
        remember: true,
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { field: 'remember', message: 'remember is not a known field' },
      ]);
    });
  });

  describe('refresh tokens', () => {
    it('rotate: each refresh returns a new pair and the old token is spent', async () => {
      const first = await signIn(t, DEMO_EMAILS.viewer);
      const second = await refreshSession(t, first.refreshToken).expect(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      await t.http().get('/api/v1/auth/me').set(bearer(second.body.accessToken)).expect(200);
    });

    it('reusing a spent refresh token revokes the whole family, access tokens included', async () => {
      const first = await signIn(t, DEMO_EMAILS.viewer);
      const second = await refreshSession(t, first.refreshToken).expect(200);
      await refreshSession(t, first.refreshToken).expect(401);
      await refreshSession(t, second.body.refreshToken).expect(401);
      await t.http().get('/api/v1/auth/me').set(bearer(second.body.accessToken)).expect(401);
    });

    it('two concurrent refreshes with one token: one wins, the family is revoked', async () => {
      const tokens = await signIn(t, DEMO_EMAILS.viewer);
      const results = await Promise.all([1, 2].map(() => refreshSession(t, tokens.refreshToken)));
      expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
    });

    it('logout ends the session at once', async () => {
      const tokens = await signIn(t, DEMO_EMAILS.viewer);
      await t
        .http()
        .post('/api/v1/auth/logout')
        .send({ refreshToken: tokens.refreshToken })
        .expect(204);
      await t.as(tokens).get('/api/v1/auth/me').expect(401);
      await refreshSession(t, tokens.refreshToken).expect(401);
    });
  });

  describe('me', () => {
    it('returns the user with the rules the console uses to hide what they may not do', async () => {
      const manager = await signIn(t, DEMO_EMAILS.sales_manager);
      const response = await t.as(manager).get('/api/v1/auth/me').expect(200);
      expect(response.body.user.roles).toEqual(['sales_manager']);
      expect(response.body.rules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'read',
            subject: 'Team',
            conditions: { id: { $in: manager.user.teamIds } },
          }),
        ]),
      );
    });

    it('needs a token', async () => {
      const response = await t.http().get('/api/v1/auth/me').expect(401);
      expect(response.body.type).toBe('urn:kehu:problem:unauthenticated');
    });
  });

  describe('access tokens', () => {
    const payload = () => ({
      sub: admin.user.id,
      sid: '00000000-0000-0000-0000-000000000000',
      typ: 'access',
      exp: Math.floor(Date.now() / 1000) + 60,
    });

    it.each([
      ['alg none', () => jwt({ alg: 'none', typ: 'JWT' }, payload(), null)],
      [
        'another key',
        () => jwt({ alg: 'HS256', typ: 'JWT' }, payload(), 'some-other-secret-that-is-long-enough'),
      ],
      [
        'expired',
        () => jwt({ alg: 'HS256', typ: 'JWT' }, { ...payload(), exp: 1 }, TEST_JWT_SECRET),
      ],
      ['an unknown session', () => jwt({ alg: 'HS256', typ: 'JWT' }, payload(), TEST_JWT_SECRET)],
      ['garbage', () => 'not.a.token'],
    ])('refuses a token with %s (401)', async (_, token) => {
      await t.http().get('/api/v1/auth/me').set(bearer(token())).expect(401);
    });

    it('a disabled user is locked out at once', async () => {
      const user = await newUser(t, admin);
      const current = await t.as(admin).get(`/api/v1/users/${user.user.id}`).expect(200);
      await t
        .as(admin)
        .patch(`/api/v1/users/${user.user.id}`)
        .set('If-Match', current.headers.etag)
        .send({ active: false })
        .expect(200);
      await t.as(user).get('/api/v1/auth/me').expect(401);
      await refreshSession(t, user.refreshToken).expect(401);
      await logIn(t, { email: user.email, password: user.password }).expect(401);
    });
  });

  describe('API keys', () => {
    it('authenticate an external system with its role narrowed to its scopes, until revoked', async () => {
      const created = await t
        .as(admin)
        .post('/api/v1/api-keys')
        .send({ name: 'ERP sync', role: 'admin', scopes: ['users:read'] })
        .expect(201);
      const key = created.body.key as string;
      expect(key).toMatch(/^kehu_[0-9a-f]{12}_/);
      await t.http().get('/api/v1/users').set('X-API-Key', key).expect(200);
      await t
        .http()
        .post('/api/v1/teams')
        .set('X-API-Key', key)
        .send({ name: 'Not allowed' })
        .expect(403);

      const listed = await t.as(admin).get(`/api/v1/api-keys/${created.body.id}`).expect(200);
      expect(listed.body.key).toBeUndefined();
      expect(listed.body.lastUsedAt).not.toBeNull();

      await t.as(admin).delete(`/api/v1/api-keys/${created.body.id}`).expect(204);
      await t.http().get('/api/v1/users').set('X-API-Key', key).expect(401);
    });

    it('refuses unknown, malformed and expired keys', async () => {
      await t
        .http()
        .get('/api/v1/users')
        .set('X-API-Key', 'kehu_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
        .expect(401);
      await t.http().get('/api/v1/users').set('X-API-Key', 'definitely-not-a-key').expect(401);
      await t
        .as(admin)
        .post('/api/v1/api-keys')
        .send({ name: 'old', role: 'viewer', scopes: ['*'], expiresAt: '2001-01-01T00:00:00Z' })
        .expect(400);
    });
  });
});
