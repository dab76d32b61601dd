import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { JOBS_SCHEMA } from '../jobs/job-queue.service';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(job: QueryDeepPartialEntity<ImportJob>): Promise<string> {
    const result = await this.dataSource.getRepository(ImportJob).insert(job);
    return (result.identifiers[0] as { id: string }).id;
  }

  findById(id: string): Promise<ImportJob | null> {
    return this.dataSource.getRepository(ImportJob).findOne({ where: { id } });
  }

  /** Queues an uploaded import (in the transaction that sends its job). */
  async queue(
    manager: EntityManager,
    id: string,
    version: number,
    mapping: Array<string | null>,
    duplicateMode: string,
  ): Promise<boolean> {
    const result = await manager
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
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ImportJob)
      .set({ encoding, headers: () => ':headers::jsonb' })
      .setParameter('headers', JSON.stringify(headers))
      .where("id = :id AND version = :version AND status = 'uploaded'", { id, version })
      .execute();
    return result.affected === 1;
  }

  /** A queued or running import, marked running, as its job begins; null once it ended. */
  async begin(id: string): Promise<ImportJob | null> {
    // For an UPDATE, TypeORM's query() answers [rows, affected count].
    const [rows]: [Array<{ id: string }>, number] = await this.dataSource.query(
      `UPDATE imports SET status = 'running', started_at = COALESCE(started_at, now())
        WHERE id = $1 AND status IN ('queued', 'running')
        RETURNING id`,
      [id],
    );
    return rows.length === 0 ? null : this.findById(rows[0].id);
  }

  /**
   * Locks the import's progress for a batch's transaction: rows up to `processed_rows`
   * are done. Two runs of one import queue here, and the later sees the earlier's batch.
   */
  async lockProgress(
    manager: EntityManager,
    id: string,
  ): Promise<{ processedRows: number; status: ImportStatus } | null> {
    const rows: Array<{ processed_rows: number; status: ImportStatus }> = await manager.query(
      'SELECT processed_rows, status FROM imports WHERE id = $1 FOR UPDATE',
      [id],
    );
    return rows.length === 0
      ? null
      : { processedRows: rows[0].processed_rows, status: rows[0].status };
  }

  /**
   * Queued or running imports without a pending job in `queue` (queued before imports ran
   * on the job queue, or whose next job was lost): they are handed a job again.
   */
  async withoutJob(queue: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM imports
        WHERE status IN ('queued', 'running')
          AND NOT EXISTS (
            SELECT 1 FROM ${JOBS_SCHEMA}.job
             WHERE name = $1 AND data->>'importId' = imports.id::text AND state < 'completed')
        ORDER BY created_at`,
      [queue],
    );
    return rows.map((row) => row.id);
  }

  async setTotal(id: string, totalRows: number): Promise<void> {
    await this.dataSource.getRepository(ImportJob).update({ id }, { totalRows });
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
              skipped_rows = skipped_rows + $5, failed_rows = failed_rows + $6
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

  async finish(
    id: string,
    status: ImportStatus,
    failureReason: string | null = null,
  ): Promise<void> {
    // Only once: a run that ends after another finished the import changes nothing.
    await this.dataSource
      .getRepository(ImportJob)
      .update(
        { id, status: In(['queued', 'running']) },
        { status, failureReason, finishedAt: () => 'now()' },
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
