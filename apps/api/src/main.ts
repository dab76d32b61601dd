import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app/create-app';
import { paceHeapGrowth } from './app/heap-growth';
import { ConfigError, loadConfig } from './config/app-config';
import { DataFolderInUseError } from './database/data-folder-lock';
import { openDatabaseServer } from './database/database-server';
import { runMigrations } from './database/run-migrations';
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
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, (s) => void stop(s));

  try {
    await runMigrations(database.url, log);
    app = await createApp(config, database.url);
    await app.get(FirstAdmin).createFromEnvironmentIfEmpty(process.env);
    if (config.demo) await app.get(DemoSeeder).seedIfEmpty();
    await app.listen({ port: config.port, host: config.host });
    logger.log(`Kehu CRM is ready on http://localhost:${config.port} (API docs: /api/docs)`);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close();
    throw error;
  }
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
