import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Uploaded files on disk, in a folder all API processes share (a volume in Docker),
 * named by random ids so no user input reaches a path.
 */
@Injectable()
export class UploadStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async save(
    source: NodeJS.ReadableStream,
    extension: 'csv' | 'xlsx',
  ): Promise<{ filePath: string; sizeBytes: number }> {
    await fs.promises.mkdir(this.config.uploadDir, { recursive: true });
    const filePath = path.join(this.config.uploadDir, `${randomUUID()}.${extension}`);
    try {
      await pipeline(source, fs.createWriteStream(filePath, { flags: 'wx' }));
    } catch (error) {
      await fs.promises.rm(filePath, { force: true });
      throw error;
    }
    return { filePath, sizeBytes: (await fs.promises.stat(filePath)).size };
  }

  async remove(filePath: string): Promise<void> {
    await fs.promises.rm(filePath, { force: true });
  }
}
