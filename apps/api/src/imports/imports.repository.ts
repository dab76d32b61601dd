import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ImportJob, type ImportStatus } from './entities/import-job.entity';
import { ImportRowError } from './entities/import-row-error.entity';

export interface BatchCounts {
  created: number;
  updated: number;
  skipped: number;
  failed: number;
}

@Injectable()
export class ImportsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(job: QueryDeepPartialEntity<ImportJob>): Promise<string> {
    const result = await this.dataSource.getRepository(ImportJob).insert(job);
    return (result.identifiers[0] as { id: string }).id;
  }

  findById(id: string): Promise<ImportJob | null> {
    return this.dataSource.getRepository(ImportJob).findOne({ where: { id } });
  }

  async queue(
    id: string,
    version: number,
    mapping: Array<string | null>,
    duplicateMode: string,
  ): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(ImportJob)
      .set({
        status: 'queued',
        mapping: () => ':mapping::jsonb',
        duplicateMode: duplicateMode as ImportJob['duplicateMode'],
      })
      .setParameter('mapping', JSON.stringify(mapping))
      .where("id = :id AND version = :version AND status = 'uploaded'", { id, version })
      .execute();
    return result.affected === 1;
  }

  /** An uploaded import read in another encoding: its headers as they read in it. */
  async reread(
    id: string,
    version: number,
    encoding: ImportJob['encoding'],
    headers: string[],
  ): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(ImportJob)
      .set({ encoding, headers: () => ':headers::jsonb' })
      .setParameter('headers', JSON.stringify(headers))
      .where("id = :id AND version = :version AND status = 'uploaded'", { id, version })
      .execute();
    return result.affected === 1;
  }

  /**
   * Takes the oldest queued job, or one whose worker stopped reporting, for this
   * process. SKIP LOCKED lets several API processes share the queue safely. A worker
   * that has not reported for importStaleAfterSeconds is presumed dead; its job resumes.
   */
  async claimNext(): Promise<ImportJob | null> {
    // For an UPDATE, TypeORM's query() answers [rows, affected count].
    const [rows]: [Array<{ id: string }>, number] = await this.dataSource.query(
      `UPDATE imports SET status = 'running', heartbeat_at = now(), started_at = COALESCE(started_at, now())
        WHERE id = (
          SELECT id FROM imports
           WHERE status = 'queued'
              OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $1))
           ORDER BY created_at
           FOR UPDATE SKIP LOCKED
           LIMIT 1)
        RETURNING id`,
      [this.config.importStaleAfterSeconds],
    );
    return rows.length === 0 ? null : this.findById(rows[0].id);
  }

  async setTotal(id: string, totalRows: number): Promise<void> {
    await this.dataSource
      .getRepository(ImportJob)
      .update({ id }, { totalRows, heartbeatAt: () => 'now()' });
  }

  /** Commits a batch's counters with the batch itself: the resume point is exact. */
  async recordBatch(
    manager: EntityManager,
    id: string,
    processedRows: number,
    counts: BatchCounts,
  ): Promise<void> {
    await manager.query(
      `UPDATE imports SET processed_rows = $2, created_rows = created_rows + $3, updated_rows = updated_rows + $4,
              skipped_rows = skipped_rows + $5, failed_rows = failed_rows + $6, heartbeat_at = now()
        WHERE id = $1`,
      [id, processedRows, counts.created, counts.updated, counts.skipped, counts.failed],
    );
  }

  async insertErrors(
    manager: EntityManager,
    errors: Array<Omit<ImportRowError, 'id'>>,
  ): Promise<void> {
    if (errors.length > 0) await manager.insert(ImportRowError, errors);
  }

  /** Hands a running job back to the queue (this process is stopping). */
  async requeue(id: string): Promise<void> {
    await this.dataSource
      .getRepository(ImportJob)
      .update({ id, status: 'running' }, { status: 'queued' });
  }

  async finish(
    id: string,
    status: ImportStatus,
    failureReason: string | null = null,
  ): Promise<void> {
    await this.dataSource
      .getRepository(ImportJob)
      .update(
        { id },
        { status, failureReason, finishedAt: () => 'now()', heartbeatAt: () => 'now()' },
      );
  }

  /** The rejected (or skipped) rows in row order, a page at a time (for streaming). */
  errorsAfter(
    importId: string,
    afterRow: number,
    afterId: string,
    limit: number,
    outcome: ImportRowError['outcome'] = 'failed',
  ): Promise<ImportRowError[]> {
    return this.dataSource
      .getRepository(ImportRowError)
      .createQueryBuilder('error')
      .where('error.importId = :importId', { importId })
      .andWhere('error.outcome = :outcome', { outcome })
      .andWhere('(error.rowNumber, error.id) > (:afterRow, :afterId)', { afterRow, afterId })
      .orderBy('error.rowNumber')
      .addOrderBy('error.id')
      .take(limit)
      .getMany();
  }
}
