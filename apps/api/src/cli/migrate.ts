import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { openDatabaseServer } from '../database/database-server';
import { runMigrations } from '../database/run-migrations';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
async function main() {
  const config = loadConfig();
  const server = await openDatabaseServer(config, (message) => console.log(message));
  try {
    await runMigrations(server.url, (message) => console.log(message));
    console.log('The database schema is up to date.');
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
