import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data in development', () => {
    const config = loadConfig({}, '/repo');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      demo: true,
      dataDir: '/repo/.data',
      corsOrigins: [],
      heapGrowingPercent: 50,
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('requires a JWT secret in production and turns demo data off', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/kehu' }),
    ).toThrow(/JWT_SECRET is required/);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/kehu',
      JWT_SECRET: 'x'.repeat(32),
    });
    expect(config.demo).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 1 to 65535/],
    [{ DATABASE_URL: 'mysql://db' }, /DATABASE_URL must be a postgres/],
    [{ JWT_SECRET: 'short' }, /at least 32 characters/],
    [{ KEHU_DEMO: 'perhaps' }, /KEHU_DEMO must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ SMTP_URL: 'http://mail.example.com' }, /SMTP_URL must be an smtp/],
    [{ SMTP_URL: 'not a url' }, /SMTP_URL must be a URL/],
    [{ MAIL_FROM: 'nobody' }, /MAIL_FROM must be an address/],
    [{ KEHU_JOBS_POLL_SECONDS: '0' }, /KEHU_JOBS_POLL_SECONDS must be a whole number/],
    [{ EXPORT_MAX_REQUESTS_PER_WINDOW: '0' }, /EXPORT_MAX_REQUESTS_PER_WINDOW must be a whole/],
    [{ HEAP_GROWING_PERCENT: '-5' }, /HEAP_GROWING_PERCENT must be a whole number/],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('limits expensive requests per caller by default', () => {
    expect(loadConfig({}).expensiveRateLimits).toEqual({
      windowSeconds: 60,
      import: 30,
      export: 10,
      duplicateCheck: 120,
    });
  });

  it('reads CORS origins as a list', () => {
    expect(
      loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
  });

  it('sends mail only when SMTP_URL is set', () => {
    expect(loadConfig({}).smtpUrl).toBeNull();
    const config = loadConfig({
      SMTP_URL: 'smtp://crm:secret@mail.example.com:587',
      MAIL_FROM: 'Kehu <crm@example.com>',
    });
    expect(config.smtpUrl).toBe('smtp://crm:secret@mail.example.com:587');
    expect(config.mailFrom).toBe('Kehu <crm@example.com>');
  });
});
