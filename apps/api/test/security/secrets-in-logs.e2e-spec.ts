import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type BuiltApi,
  createOwnDatabase,
  ensureApiBuilt,
  startBuiltApi,
} from './support/built-api';

/**
 * The built API at its most verbose log level (trace): sign-ins with right and wrong
 * passwords, a user created with a password, a password reset, a refused weak password,
 * malformed login bodies, token refresh and an API key. No password, token or key
 * appears in any log line or in any response body.
 */

const ADMIN_EMAIL = 'logs-admin@kehu.local';

/** A secret no other text contains: letters, digits and a symbol, so the policy takes it. */
const secret = (label: string) => `${label}-${randomBytes(9).toString('base64url')}-9!`;
/** Letters only: the policy refuses it. */
const weakSecret = () =>
  Array.from(randomBytes(16), (byte) => String.fromCharCode(97 + (byte % 26))).join('');

interface Answer {
  status: number;
  text: string;
}

describe('passwords and tokens never reach the logs or the responses', () => {
  let database: { url: string; drop(): Promise<void> };
  let api: BuiltApi;
  let tempDir = '';
  const secrets = {
    adminPassword: secret('admin'),
    wrongPassword: secret('wrong'),
    unknownUserPassword: secret('unknown'),
    unknownFieldPassword: secret('extra'),
    malformedPassword: secret('broken'),
    userPassword: secret('user'),
    resetPassword: secret('reset'),
    weakPassword: weakSecret(),
  };
  const answers: Answer[] = [];

  async function call(
    method: string,
    url: string,
    {
      body,
      token,
      headers = {},
    }: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
    const response = await fetch(`${api.baseUrl}${url}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    answers.push({ status: response.status, text });
    return {
      status: response.status,
      json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
      headers: response.headers,
    };
  }

  beforeAll(async () => {
    ensureApiBuilt();
    database = await createOwnDatabase('kehu_logs');
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kehu-logs-'));
    api = await startBuiltApi({
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'trace',
      KEHU_DATA_DIR: path.join(tempDir, 'data'),
      KEHU_UPLOAD_DIR: path.join(tempDir, 'uploads'),
      KEHU_WEB_DIST: path.join(tempDir, 'no-console'),
      KEHU_ADMIN_EMAIL: ADMIN_EMAIL,
      KEHU_ADMIN_PASSWORD: secrets.adminPassword,
    });
  }, 300_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  }, 60_000);

  it('at log level trace, through sign-in, user administration, tokens and API keys', async () => {
    const login = await call('POST', '/api/v1/auth/login', {
      body: { email: ADMIN_EMAIL, password: secrets.adminPassword },
    });
    expect(login.status).toBe(200);
    const accessToken = login.json.accessToken as string;
    const refreshToken = login.json.refreshToken as string;

    const refused = await Promise.all([
      call('POST', '/api/v1/auth/login', {
        body: { email: ADMIN_EMAIL, password: secrets.wrongPassword },
      }),
      call('POST', '/api/v1/auth/login', {
        body: { email: 'nobody@kehu.local', password: secrets.unknownUserPassword },
      }),
      call('POST', '/api/v1/auth/login', {
        body: { email: ADMIN_EMAIL, password: secrets.unknownFieldPassword, remember: true },
      }),
      call('POST', '/api/v1/auth/login', {
        body: `{"email":"${ADMIN_EMAIL}","password":"${secrets.malformedPassword}"`,
      }),
    ]);
    expect(refused.map((answer) => answer.status)).toEqual([401, 401, 400, 400]);

    const email = `logs-user-${randomBytes(4).toString('hex')}@kehu.local`;
    const created = await call('POST', '/api/v1/users', {
      token: accessToken,
      body: { email, name: 'Log Test', password: secrets.userPassword, roles: ['viewer'] },
    });
    expect(created.status).toBe(201);
    const weak = await call('POST', '/api/v1/users', {
      token: accessToken,
      body: {
        email: `weak-${email}`,
        name: 'Weak',
        password: secrets.weakPassword,
        roles: ['viewer'],
      },
    });
    expect(weak.status).toBe(400);
    const userId = created.json.id as string;
    const reset = await call('PATCH', `/api/v1/users/${userId}`, {
      token: accessToken,
      headers: { 'if-match': String(created.headers.get('etag')) },
      body: { password: secrets.resetPassword },
    });
    expect(reset.status).toBe(200);
    const oldPassword = await call('POST', '/api/v1/auth/login', {
      body: { email, password: secrets.userPassword },
    });
    expect(oldPassword.status).toBe(401);
    const newPassword = await call('POST', '/api/v1/auth/login', {
      body: { email, password: secrets.resetPassword },
    });
    expect(newPassword.status).toBe(200);

    const refreshed = await call('POST', '/api/v1/auth/refresh', { body: { refreshToken } });
    expect(refreshed.status).toBe(200);
    const key = await call('POST', '/api/v1/api-keys', {
      token: accessToken,
      body: { name: 'Log test key', role: 'viewer', scopes: ['*'] },
    });
    expect(key.status).toBe(201);
    const apiKey = key.json.key as string;
    const withKey = await call('GET', '/api/v1/customers', { headers: { 'x-api-key': apiKey } });
    expect(withKey.status).toBe(200);
    const logout = await call('POST', '/api/v1/auth/logout', {
      token: refreshed.json.accessToken as string,
      body: { refreshToken: refreshed.json.refreshToken },
    });
    expect(logout.status).toBeLessThan(300);

    // The graceful stop flushes the log.
    await api.stop();
    const log = api.output();
    const lines = log.split('\n').filter(Boolean);
    // The capture saw every request (nothing logs below info today; at trace, whatever
    // does in future is checked too).
    expect(lines.filter((line) => line.includes('/api/v1/auth/login')).length).toBeGreaterThan(5);

    const tokens = {
      accessToken,
      refreshToken,
      refreshedAccess: refreshed.json.accessToken as string,
      refreshedRefresh: refreshed.json.refreshToken as string,
      apiKey,
    };
    const leakedToLog = Object.entries({ ...secrets, ...tokens })
      .filter(([, value]) => log.includes(value))
      .map(([name]) => name);
    expect(leakedToLog).toEqual([]);
    expect(log).not.toMatch(/\$argon2/);

    // Responses: no password anywhere, no hash; tokens and the key only where issued.
    const responses = answers.map((answer) => answer.text).join('\n');
    const leakedToResponses = Object.entries(secrets)
      .filter(([, value]) => responses.includes(value))
      .map(([name]) => name);
    expect(leakedToResponses).toEqual([]);
    expect(responses).not.toMatch(/\$argon2|passwordHash|password_hash/);
  }, 180_000);
});
