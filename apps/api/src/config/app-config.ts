import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Everything the API reads from the environment, validated once at start-up. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Set: use this PostgreSQL. Unset: start the embedded one under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  demo: boolean;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  corsOrigins: string[];
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginWindowSeconds: number;
  bodyLimitBytes: number;
  logLevel: string;
  webDistDir: string;
  /** Where uploaded import files wait to be processed (shared by all API processes). */
  uploadDir: string;
  importMaxBytes: number;
  /** Whether this process works the import queue (on by default; tests switch it on where needed). */
  importWorker: boolean;
  /** V8's heap growing factor, as a percent above the live heap (0: V8's own pacing). */
  heapGrowingPercent: number;
  /**
   * An import job's lease: a job runs an import for half of it before a new job continues,
   * and the job of a process that died is retried by another process once it ran out.
   */
  importStaleAfterSeconds: number;
  trustProxy: boolean;
  /** Whether this process works the durable job queues (reminders, mail). */
  jobsWorker: boolean;
  /** How often an idle job worker looks for due jobs. */
  jobsPollSeconds: number;
  /** smtp:// or smtps:// URL of the mail server; null: no e-mail, in-app notifications only. */
  smtpUrl: string | null;
  /** The From address of notification mail. */
  mailFrom: string;
  /** The console's public address (PUBLIC_URL), for links in mail; null: mail gives codes only. */
  publicUrl: string | null;
  /** Web-form submissions one client address may send per window, across all forms. */
  webFormMaxSubmissionsPerAddress: number;
  webFormWindowSeconds: number;
  /** Expensive requests one caller (user or API key) may make per window, by kind. */
  expensiveRateLimits: ExpensiveRateLimits;
}

/** Per-caller limits of the endpoints that cost the server most (see README, configuration). */
export interface ExpensiveRateLimits {
  windowSeconds: number;
  /** Import uploads and starts. */
  import: number;
  /** Customer exports. */
  export: number;
  /** Duplicate checks (the console calls one while a form is being filled in). */
  duplicateCheck: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function databaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return null;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  return raw;
}

function smtpUrl(env: Env): string | null {
  const raw = env.SMTP_URL;
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'SMTP_URL must be a URL such as smtp://user:password@mail.example.com:587',
    );
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol) || url.hostname === '') {
    throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL with a host');
  }
  return raw;
}

function publicUrl(env: Env): string | null {
  const raw = env.PUBLIC_URL;
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PUBLIC_URL must be a URL such as https://crm.example.com');
  }
  if (!['http:', 'https:'].includes(url.protocol)) {
    throw new ConfigError('PUBLIC_URL must be an http:// or https:// URL');
  }
  return raw.replace(/\/+$/, '');
}

function mailFrom(env: Env): string {
  const raw = env.MAIL_FROM;
  if (raw === undefined || raw === '') return 'Kehu CRM <no-reply@kehu.local>';
  if (!/^[^<>]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(raw.trim())) {
    throw new ConfigError('MAIL_FROM must be an address, e.g. "Kehu CRM <crm@example.com>"');
  }
  return raw.trim();
}

function jwtSecret(env: Env, nodeEnv: AppConfig['nodeEnv']): string {
  const raw = env.JWT_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long');
    return raw;
  }
  if (nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET is required in production (at least 32 random characters)');
  }
  // Development: a per-process secret. Access tokens end with the process; the console
  // refreshes silently because refresh tokens live in the database.
  return randomBytes(48).toString('base64url');
}

/** Reads and validates the environment; throws ConfigError with a clear message. */
export function loadConfig(
  env: Env = process.env,
  repoRoot = path.resolve(__dirname, '../../../..'),
): AppConfig {
  const nodeEnv = oneOf(
    env,
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
  );
  const databaseUrlValue = databaseUrl(env);
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 1, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl: databaseUrlValue,
    dataDir: path.resolve(repoRoot, env.KEHU_DATA_DIR || '.data'),
    // Demo data only where a throw-away embedded database is used, unless told otherwise.
    demo: boolean(env, 'KEHU_DEMO', databaseUrlValue === null && nodeEnv !== 'production'),
    jwtSecret: jwtSecret(env, nodeEnv),
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
    refreshTokenTtlSeconds: integer(
      env,
      'REFRESH_TOKEN_TTL_SECONDS',
      30 * 86_400,
      300,
      365 * 86_400,
    ),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    loginMaxFailuresPerAccount: integer(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginMaxFailuresPerAddress: integer(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 50, 1, 100_000),
    loginWindowSeconds: integer(env, 'LOGIN_WINDOW_SECONDS', 60, 1, 86_400),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1_048_576, 1024, 104_857_600),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
    webDistDir: path.resolve(repoRoot, env.KEHU_WEB_DIST || 'apps/web/dist'),
    uploadDir: path.resolve(
      repoRoot,
      env.KEHU_UPLOAD_DIR || path.join(env.KEHU_DATA_DIR || '.data', 'uploads'),
    ),
    importWorker: boolean(env, 'KEHU_IMPORT_WORKER', true),
    heapGrowingPercent: integer(env, 'HEAP_GROWING_PERCENT', 50, 0, 1000),
    importStaleAfterSeconds: integer(env, 'IMPORT_STALE_AFTER_SECONDS', 120, 5, 86_400),
    importMaxBytes: integer(env, 'IMPORT_MAX_BYTES', 200 * 1_048_576, 1024, 2 * 1024 * 1_048_576),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    jobsWorker: boolean(env, 'KEHU_JOBS_WORKER', true),
    jobsPollSeconds: integer(env, 'KEHU_JOBS_POLL_SECONDS', 2, 1, 60),
    smtpUrl: smtpUrl(env),
    mailFrom: mailFrom(env),
    publicUrl: publicUrl(env),
    webFormMaxSubmissionsPerAddress: integer(
      env,
      'WEB_FORM_MAX_SUBMISSIONS_PER_ADDRESS',
      10,
      1,
      100_000,
    ),
    webFormWindowSeconds: integer(env, 'WEB_FORM_WINDOW_SECONDS', 600, 1, 86_400),
    expensiveRateLimits: {
      windowSeconds: integer(env, 'EXPENSIVE_RATE_WINDOW_SECONDS', 60, 1, 86_400),
      import: integer(env, 'IMPORT_MAX_REQUESTS_PER_WINDOW', 30, 1, 1_000_000),
      export: integer(env, 'EXPORT_MAX_REQUESTS_PER_WINDOW', 10, 1, 1_000_000),
      duplicateCheck: integer(env, 'DUPLICATE_CHECK_MAX_REQUESTS_PER_WINDOW', 120, 1, 1_000_000),
    },
  };
}
