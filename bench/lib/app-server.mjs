// Starts the built API in production mode on its own embedded PostgreSQL data folder,
// and samples the process's resident memory while benches run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
/** The bench's own build of the API (see run.mjs). */
export const API_BUILD =
  process.env.KEHU_BENCH_API_BUILD ?? path.join(ROOT, 'bench', '.data', 'build', 'api');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process now and its peak so far (kB → MB), from /proc. */
export function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const read = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: read('VmRSS'), peak: read('VmHWM') };
}

/** Samples a process's RSS every 50 ms until stopped; returns the peak seen (MB). */
export function sampleRss(pid) {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, memoryOf(pid).rss);
    } catch {
      // The process ended.
    }
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      try {
        peak = Math.max(peak, memoryOf(pid).rss);
      } catch {
        // The process ended.
      }
      return peak;
    },
  };
}

/** The embedded server's connection URL, read from the files the API leaves in its data folder. */
function embeddedDatabaseUrl(dataDir) {
  const cluster = path.join(dataDir, 'postgres');
  const password = fs.readFileSync(`${cluster}.password`, 'utf8').trim();
  const port = fs.readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n')[3].trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/kehu`;
}

export async function startApp({ dataDir, log = () => {} }) {
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    KEHU_DATA_DIR: dataDir,
    KEHU_DEMO: 'true',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ACCESS_TOKEN_TTL_SECONDS: '86400',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
    IMPORT_MAX_BYTES: String(2 * 1024 ** 3),
    // The benches measure speed, not the per-caller limits on expensive endpoints.
    IMPORT_MAX_REQUESTS_PER_WINDOW: '1000000',
    EXPORT_MAX_REQUESTS_PER_WINDOW: '1000000',
    DUPLICATE_CHECK_MAX_REQUESTS_PER_WINDOW: '1000000',
    LOG_LEVEL: 'warn',
    KEHU_WEB_DIST: path.join(ROOT, 'apps/web/dist'),
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [path.join(API_BUILD, 'main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const remember = (chunk) => {
    output.push(String(chunk));
    if (output.length > 50) output.shift();
    log(String(chunk));
  };
  child.stdout.on('data', remember);
  child.stderr.on('data', remember);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null)
      throw new Error(`the API exited while starting:\n${output.join('')}`);
    if (waited > 300_000) throw new Error(`the API did not start:\n${output.join('')}`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/health/ready`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const databaseUrl = embeddedDatabaseUrl(dataDir);
  return {
    pid: child.pid,
    baseUrl,
    databaseUrl,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function withDatabase(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
