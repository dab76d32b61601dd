import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_ENTRY, REPO_ROOT } from './paths';

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

export interface RunningApi {
  baseUrl: string;
  process: ChildProcess;
  tempDir: string;
  logFile: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function lastLines(file: string, count: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-count).join('\n');
  } catch {
    return '(no log)';
  }
}

async function isReady(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/v1/health/ready`);
    return response.status === 200;
  } catch {
    return false;
  }
}

async function waitUntilReady(api: RunningApi): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (api.process.exitCode !== null || api.process.signalCode !== null) {
      throw new Error(
        `The API exited during start-up (code ${api.process.exitCode}).\n${lastLines(api.logFile, 60)}`,
      );
    }
    if (await isReady(api.baseUrl)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `The API was not ready within ${READY_TIMEOUT_MS / 1000} s.\n${lastLines(api.logFile, 60)}`,
  );
}

/** Starts the production server (API + built console) on a free port with a fresh database. */
export async function startApi(): Promise<RunningApi> {
  const tempDir = mkdtempSync(join(tmpdir(), 'kehu-web-e2e-'));
  // Postgres runs as its own user when started by root; it must be able to reach the folder.
  chmodSync(tempDir, 0o755);
  const logFile = join(tempDir, 'api.log');
  const log = openSync(logFile, 'a');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    KEHU_DATA_DIR: join(tempDir, 'data'),
    KEHU_DEMO: 'true',
  };
  // Always the embedded database of this run, never a shared one.
  delete env.DATABASE_URL;

  const child = spawn(process.execPath, [API_ENTRY], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', log, log],
  });
  const api: RunningApi = { baseUrl: `http://127.0.0.1:${port}`, process: child, tempDir, logFile };
  try {
    await waitUntilReady(api);
  } catch (error) {
    await stopApi(api);
    throw error;
  }
  return api;
}

/** SIGTERM, wait for a clean exit (the embedded Postgres stops with it), then clean up. */
export async function stopApi(api: RunningApi): Promise<void> {
  const { process: child } = api;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  rmSync(api.tempDir, { recursive: true, force: true });
}
