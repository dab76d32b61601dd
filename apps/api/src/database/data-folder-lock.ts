import fs from 'node:fs';
import path from 'node:path';

export class DataFolderInUseError extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One Kehu process per data folder: a second `npm start` on the same folder stops
 * with a clear message instead of fighting over the database files. A lock left by a
 * process that died is taken over.
 */
export class DataFolderLock {
  private constructor(private readonly file: string) {}

  static acquire(dataDir: string): DataFolderLock {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'kehu.pid');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
        return new DataFolderLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(fs.readFileSync(file, 'utf8').trim());
        if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
          throw new DataFolderInUseError(
            `Kehu is already running with the data folder ${dataDir} (process ${holder}). ` +
              'Stop that one first, or start this one with another KEHU_DATA_DIR and PORT.',
          );
        }
        fs.rmSync(file, { force: true });
      }
    }
    throw new DataFolderInUseError(`Could not lock the data folder ${dataDir}`);
  }

  release(): void {
    fs.rmSync(this.file, { force: true });
  }
}
