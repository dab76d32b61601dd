import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';

/**
 * The built API (`apps/api/dist/main.js`) as a process of its own, as production runs
 * it: for the suites that kill it, or read everything it writes to its output.
 */

export const REPO_ROOT = path.resolve(__dirname, '../../../../..');
const API_ENTRY = path.join(REPO_ROOT, 'apps/api/dist/main.js');

export interface BuiltApi {
  baseUrl: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not ended after 20 s. */
  stop(): Promise<void>;
}

/** Builds the API unless a build exists (`npm test` builds before the suites run). */
export function ensureApiBuilt(): void {
  if (fs.existsSync(API_ENTRY)) return;
  execFileSync('npx', ['nx', 'run', 'api:build', '--output-style=static'], {
    cwd: REPO_ROOT,
    stdio: 'ignore',
  });
}

export function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** A database of the suite's own on the run's PostgreSQL server. */
export async function createOwnDatabase(
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.KEHU_TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('KEHU_TEST_DATABASE_URL is not set: run through the e2e config');
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const url = new URL(serverUrl);
    url.pathname = '/postgres';
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(
    `CREATE DATABASE ${name} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Starts the built API on a free port and waits until it is ready. */
export async function startBuiltApi(env: Record<string, string>): Promise<BuiltApi> {
  const port = await freePort();
  const chunks: string[] = [];
  const child = spawn(process.execPath, [API_ENTRY], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      KEHU_DEMO: 'false',
      KEHU_JOBS_WORKER: 'false',
      ...env,
    },
  });
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const output = () => chunks.join('');
  const tail = () => output().split('\n').slice(-40).join('\n');
  const baseUrl = `http://127.0.0.1:${port}`;
  const api: BuiltApi = {
    baseUrl,
    child,
    output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const forceKill = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.kill('SIGTERM');
      await exited(child);
      clearTimeout(forceKill);
    },
  };
  for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the API exited during start-up:\n${tail()}`);
    }
    const ready = await fetch(`${baseUrl}/api/v1/health/ready`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return api;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await api.stop();
  throw new Error(`the API was not ready in time:\n${tail()}`);
}
