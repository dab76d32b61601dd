import path from 'node:path';
import type { AppConfig } from '../config/app-config';
import { DataFolderLock } from './data-folder-lock';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  url: string;
  /** Stops the embedded server (if one was started) and frees the data folder. */
  close(): Promise<void>;
}

/**
 * The database the process should use: DATABASE_URL when set, otherwise the embedded
 * PostgreSQL under the data folder, locked against a second Kehu process.
 */
export async function openDatabaseServer(
  config: AppConfig,
  log: (message: string) => void,
): Promise<DatabaseServer> {
  if (config.databaseUrl !== null) {
    return { url: config.databaseUrl, close: () => Promise.resolve() };
  }
  const lock = DataFolderLock.acquire(config.dataDir);
  try {
    const embedded = await startEmbeddedPostgres({
      clusterDir: path.join(config.dataDir, 'postgres'),
      databaseName: 'kehu',
      log,
    });
    return {
      url: embedded.url,
      close: async () => {
        try {
          await embedded.stop();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
