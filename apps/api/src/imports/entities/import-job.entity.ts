import type { ImportEncoding } from '@kehu/domain';
import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../database/versioned-entity';

export const IMPORT_STATUSES = [
  'uploaded',
  'queued',
  'running',
  'completed',
  'failed',
  'cancelled',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What an import creates: each target has its own fields, duplicate keys and writer. */
export const IMPORT_TARGETS = ['customers', 'leads'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** What to do with a row that matches an existing record. */
export const DUPLICATE_MODES = ['skip', 'update', 'create'] as const;
export type ImportDuplicateMode = (typeof DUPLICATE_MODES)[number];

/**
 * One spreadsheet import: the uploaded file, the confirmed column mapping and the
 * progress. Rows are processed in batches, each committed together with the counters
 * below, so a crashed import resumes exactly where it stopped. Its runs are jobs of the
 * durable job queue (see ImportRunner).
 */
@Entity('imports')
@Index('imports_created_by_idx', ['createdById', 'createdAt'])
export class ImportJob extends VersionedEntity {
  @Column({ type: 'varchar', length: 20 })
  target!: ImportTarget;

  @Column({ type: 'varchar', length: 12 })
  status!: ImportStatus;

  @Column({ type: 'varchar', length: 255 })
  filename!: string;

  @Column({ type: 'varchar', length: 5 })
  format!: 'csv' | 'xlsx';

  @Column({ type: 'varchar', length: 500 })
  filePath!: string;

  /** The text encoding a CSV file is read in (detected, or chosen); null for XLSX. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  encoding!: ImportEncoding | null;

  @Column({ type: 'bigint' })
  sizeBytes!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  headers!: string[];

  /** Per column (by position): the target's field it fills, or null to ignore it. */
  @Column({ type: 'jsonb', nullable: true })
  mapping!: Array<string | null> | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  duplicateMode!: ImportDuplicateMode | null;

  @Column({ type: 'integer', nullable: true })
  totalRows!: number | null;

  @Column({ type: 'integer', default: 0 })
  processedRows!: number;

  @Column({ type: 'integer', default: 0 })
  createdRows!: number;

  @Column({ type: 'integer', default: 0 })
  updatedRows!: number;

  @Column({ type: 'integer', default: 0 })
  skippedRows!: number;

  @Column({ type: 'integer', default: 0 })
  failedRows!: number;

  @Column({ type: 'text', nullable: true })
  failureReason!: string | null;

  /** Who started the import: a user, or an API key (the worker then acts with its rights). */
  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'varchar', length: 10, default: 'user' })
  createdByType!: 'user' | 'apiKey';

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;
}
