import fs from 'node:fs';
import { bearer, DEMO_EMAILS, signIn, type Tokens } from '../factories/auth.factory';
import { writeConsoleBuild } from '../support/console-build';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Security headers on every kind of answer (API, error, console), and CORS only for the
 * origins the operator configured, or, on a public web form, the form's own origins.
 */

const CONSOLE_ORIGIN = 'https://crm.example-corp.cn';
const SHOP_ORIGIN = 'https://www.example-shop.cn';
const EVIL_ORIGIN = 'https://evil.example';
const LEAKS = /\n\s+at |\bat .*\.(js|ts):\d+|node_modules|QueryFailedError|SELECT |INSERT |UPDATE /;

type Headers = Record<string, string | undefined>;

function expectHardened(headers: Headers) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers.server).toBeUndefined();
}

describe('security headers and CORS', () => {
  let t: TestApp;
  let admin: Tokens;
  let consoleDir: string;
  let submitPath: string;

  beforeAll(async () => {
    consoleDir = writeConsoleBuild('kehu-headers-', { 'app-1.js': 'console.log(1)' });
    t = await createTestApp({ KEHU_WEB_DIST: consoleDir, CORS_ORIGINS: CONSOLE_ORIGIN });
    admin = await signIn(t, DEMO_EMAILS.admin);
    const form = await t
      .as(admin)
      .post('/api/v1/settings/web-forms')
      .send({
        name: 'Headers test form',
        allowedOrigins: [SHOP_ORIGIN],
        fieldMapping: { full_name: 'name', mobile: 'phone' },
      })
      .expect(201);
    submitPath = (form.body as { submitPath: string }).submitPath;
  });
  afterAll(async () => {
    await t.app.close();
    fs.rmSync(consoleDir, { recursive: true, force: true });
  });

  describe('headers', () => {
    it('API answers, errors included, carry the hardening headers', async () => {
      const answers = await Promise.all([
        t.http().get('/api/v1/health'),
        t.as(admin).get('/api/v1/customers'),
        t.http().get('/api/v1/customers'),
        t.as(admin).get('/api/v1/customers/not-a-uuid'),
        t.http().get('/api/v1/no-such-route'),
        t.as(admin).post('/api/v1/teams').send({ name: 'x', unknown: 1 }),
      ]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 401, 400, 404, 400]);
      for (const answer of answers) expectHardened(answer.headers);
    });

    it('the console gets a strict Content-Security-Policy: scripts from itself only', async () => {
      for (const url of ['/', '/customers/123', '/assets/app-1.js']) {
        const answer = await t.http().get(url).expect(200);
        expectHardened(answer.headers);
        const policy = Object.fromEntries(
          String(answer.headers['content-security-policy'])
            .split(';')
            .map((directive) => directive.trim().split(/\s+/))
            .map(([name, ...values]) => [name, values]),
        );
        expect(policy['default-src']).toEqual(["'self'"]);
        expect(policy['script-src']).toEqual(["'self'"]);
        expect(policy['object-src']).toEqual(["'none'"]);
        expect(policy['frame-ancestors']).toEqual(["'none'"]);
        expect(policy['base-uri']).toEqual(["'self'"]);
      }
    });

    it('no error body holds a stack trace or SQL', async () => {
      const answers = await Promise.all([
        t.as(admin).post('/api/v1/teams').set('content-type', 'application/json').send('{"name": '),
        t.http().get("/api/v1/customers?sort=name';DROP TABLE customers;--").set(bearer(admin)),
        t.as(admin).get('/api/v1/customers?limit=99999999999999999999'),
        t.as(admin).get('/api/v1/customers/00000000-0000-0000-0000-000000000000'),
        t
          .as(admin)
          .post('/api/v1/customers')
          .send({ kind: 'company', name: 'x', annualRevenue: 1e308 }),
        t.as(admin).get('/api/v1/customers?createdAfter=2026-13-45'),
        t.http().get('/api/v1/customers').set(bearer('eyJhbGciOiJub25lIn0.e30.')),
      ]);
      for (const answer of answers) {
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(answer.text).not.toMatch(LEAKS);
      }
    });
  });

  describe('CORS', () => {
    it('lets the configured console origin call the API, with a preflight', async () => {
      const preflight = await t
        .http()
        .options('/api/v1/customers')
        .set('Origin', CONSOLE_ORIGIN)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type,if-match');
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(CONSOLE_ORIGIN);
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
      const read = await t
        .as(admin)
        .get('/api/v1/customers')
        .set('Origin', CONSOLE_ORIGIN)
        .expect(200);
      expect(read.headers['access-control-allow-origin']).toBe(CONSOLE_ORIGIN);
      expect(read.headers['access-control-expose-headers']).toMatch(/ETag/i);
      expect(read.headers.vary).toMatch(/Origin/);
    });

    it('gives any other origin no Access-Control-Allow-Origin', async () => {
      for (const origin of [EVIL_ORIGIN, 'null', `${CONSOLE_ORIGIN}.evil.example`]) {
        const preflight = await t
          .http()
          .options('/api/v1/customers')
          .set('Origin', origin)
          .set('Access-Control-Request-Method', 'DELETE');
        expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
        const read = await t.as(admin).get('/api/v1/customers').set('Origin', origin);
        expect(read.headers['access-control-allow-origin']).toBeUndefined();
      }
    });

    it('a public web form answers its own origins only, the console origin included', async () => {
      const preflight = (origin: string) =>
        t
          .http()
          .options(submitPath)
          .set('Origin', origin)
          .set('Access-Control-Request-Method', 'POST')
          .set('Access-Control-Request-Headers', 'content-type');
      const shop = await preflight(SHOP_ORIGIN);
      expect(shop.status).toBe(204);
      expect(shop.headers['access-control-allow-origin']).toBe(SHOP_ORIGIN);
      for (const origin of [EVIL_ORIGIN, CONSOLE_ORIGIN]) {
        const refused = await preflight(origin);
        expect(refused.status).toBe(403);
        expect(refused.headers['access-control-allow-origin']).toBeUndefined();
      }

      const posted = await t
        .http()
        .post(submitPath)
        .set('Origin', SHOP_ORIGIN)
        .send({ full_name: '访客 Headers', mobile: '13900139000' });
      expect(posted.status).toBe(201);
      expect(posted.headers['access-control-allow-origin']).toBe(SHOP_ORIGIN);
      const foreign = await t
        .http()
        .post(submitPath)
        .set('Origin', EVIL_ORIGIN)
        .send({ full_name: '访客 Evil', mobile: '13900139001' });
      expect(foreign.status).toBe(403);
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('without CORS_ORIGINS', () => {
    let plain: TestApp;
    beforeAll(async () => {
      plain = await createTestApp();
    });
    afterAll(() => plain.app.close());

    it('no origin is allowed: the console is served from the API itself', async () => {
      const read = await plain
        .http()
        .get('/api/v1/customers')
        .set('Origin', CONSOLE_ORIGIN)
        .set(bearer(admin));
      expect(read.status).toBe(200);
      expect(read.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
