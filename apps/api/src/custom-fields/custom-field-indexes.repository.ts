import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CustomFieldRecordType, CustomFieldType } from '@kehu/domain';
import type { DataSource } from 'typeorm';

/** What a field's index depends on. */
export interface IndexedFieldState {
  recordType: CustomFieldRecordType;
  key: string;
  type: CustomFieldType;
  filterable: boolean;
  sortable: boolean;
  deleted: boolean;
}

/**
 * The catalogue reads and index statements of CustomFieldIndexes. Every statement runs on
 * a connection of its own outside any transaction, as CONCURRENTLY requires.
 */
@Injectable()
export class CustomFieldIndexesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The fields (deleted ones too) of a record type and key, or of every record type. */
  fields(field?: { recordType: CustomFieldRecordType; key: string }): Promise<IndexedFieldState[]> {
    return this.dataSource.query(
      `SELECT d.record_type AS "recordType", d.key, d.type, d.filterable, d.sortable,
              d.deleted_at IS NOT NULL AS deleted
         FROM custom_field_definitions d
        WHERE $1::text IS NULL OR (d.record_type = $1 AND d.key = $2)`,
      [field?.recordType ?? null, field?.key ?? null],
    );
  }

  /** Whether an index is valid and what its comment says; null when there is none. */
  async index(name: string): Promise<{ valid: boolean; note: string | null } | null> {
    const [row] = await this.dataSource.query<Array<{ valid: boolean; note: string | null }>>(
      `SELECT i.indisvalid AS valid, obj_description(c.oid, 'pg_class') AS note
         FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
        WHERE c.relname = $1 AND c.relnamespace = current_schema()::regnamespace`,
      [name],
    );
    return row ?? null;
  }

  /** The names of a table's indexes that start with `prefix`. */
  async indexNames(table: string, prefix: string): Promise<string[]> {
    const rows: Array<{ name: string }> = await this.dataSource.query(
      `SELECT indexname AS name FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename = $1 AND starts_with(indexname, $2)`,
      [table, prefix],
    );
    return rows.map((row) => row.name);
  }

  /**
   * Runs `work` while holding the lock of custom field index changes (a session-level
   * advisory lock on a connection of its own), so several API processes bringing the same
   * index in line take turns instead of building it twice or dropping each other's.
   */
  async exclusively<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtext('kehu:custom-field-indexes'))`);
      try {
        return await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('kehu:custom-field-indexes'))`);
      }
    } finally {
      await runner.release();
    }
  }

  /** Runs a statement built by the code (never from input) outside any transaction. */
  async execute(statement: string): Promise<void> {
    await this.dataSource.query(statement);
  }
}
