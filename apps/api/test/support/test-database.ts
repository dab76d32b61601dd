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
