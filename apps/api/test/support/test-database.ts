import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The database of a connection URL, quoted for SQL (test names are plain identifiers). */
function databaseOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected test database name: ${name}`);
  return name;
}

async function withAdminConnection<T>(
  serverUrl: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for this run: on the server named by DATABASE_URL when set (CI runs
 * the suite against Debian's PostgreSQL this way), else on an embedded server in a
 * temporary folder.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `kehu_test_${randomBytes(4).toString('hex')}`;
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    // UTF-8 with a UTF-8 character type, whatever the server's default: pg_trgm then
    // treats Chinese as letters, as it does on the embedded server.
    await withAdminConnection(serverUrl, (client) =>
      client.query(
        `CREATE DATABASE ${name} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
      ),
    );
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        await withAdminConnection(serverUrl, (client) =>
          client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
        );
      },
    };
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kehu-test-'));
  const server = await startEmbeddedPostgres({
    clusterDir: path.join(folder, 'postgres'),
    databaseName: name,
    log: () => {},
  });
  return {
    url: server.url,
    drop: async () => {
      await server.stop();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Makes the run's migrated, demo-seeded database the template of every test file's
 * database: nobody may connect to it any more (CREATE DATABASE … TEMPLATE fails while
 * anyone is connected), so a test that reached for it would fail loudly.
 */
export async function freezeAsTemplate(templateUrl: string): Promise<void> {
  const name = databaseOf(templateUrl);
  await withAdminConnection(templateUrl, async (client) => {
    await client.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
    // A connection that is still closing would make every copy wait, then fail.
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1',
      [name],
    );
  });
}

/**
 * A test file's own database: a copy of the template (a file copy on the server, much
 * faster than migrating and seeding), on the template's server, dropped after the file.
 */
export async function copyTemplateDatabase(templateUrl: string): Promise<TestDatabase> {
  const template = databaseOf(templateUrl);
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await withAdminConnection(templateUrl, (client) =>
    client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`),
  );
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdminConnection(templateUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}

/** Drops the copies of the template a test process left behind (it was killed, say). */
export async function dropTemplateCopies(templateUrl: string): Promise<void> {
  const template = databaseOf(templateUrl);
  await withAdminConnection(templateUrl, async (client) => {
    const left = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${template}\\_%`],
    );
    for (const { datname } of left.rows) {
      await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  });
}
