import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Client } from 'pg';
import { freePort } from './free-port';

/**
 * An embedded PostgreSQL server of the suite's own, on a fixed port, that the suite may
 * stop and start again: the run's shared server is never disturbed, and clients keep
 * their connection URL across the restart.
 */
export interface RestartableDatabase {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its files. */
  drop(): Promise<void>;
}

const HOLDER = path.join(__dirname, 'postgres-holder.mjs');

/** The holder's answers, line by line, handed to whoever waits for the next one. */
function answers(child: ChildProcess): () => Promise<string> {
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    const waiter = waiting.shift();
    if (waiter) waiter(line);
    else lines.push(line);
  });
  child.once('exit', () => {
    for (const waiter of waiting.splice(0)) waiter('error the holder exited');
  });
  return () =>
    lines.length > 0
      ? Promise.resolve(lines.shift()!)
      : new Promise((resolve) => waiting.push(resolve));
}

export async function startRestartableDatabase(name: string): Promise<RestartableDatabase> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kehu-restart-'));
  fs.chmodSync(folder, 0o755);
  const port = await freePort();
  const child = spawn(process.execPath, [HOLDER], {
    env: {
      ...process.env,
      KEHU_HOLDER_DIR: path.join(folder, 'postgres'),
      KEHU_HOLDER_PORT: String(port),
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const next = answers(child);
  const passwordLine = await next();
  const password = passwordLine.replace(/^password /, '');

  async function command(name: 'start' | 'stop'): Promise<void> {
    child.stdin.write(`${name}\n`);
    const answer = await next();
    if (answer !== `ok ${name}`) throw new Error(`PostgreSQL ${name} failed: ${answer}`);
  }

  await command('start');
  const serverUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const admin = new Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }

  return {
    url: `${serverUrl}/${name}`,
    stop: () => command('stop'),
    start: () => command('start'),
    async drop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.stdin.end();
        await exited;
      }
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
