import type { SubjectName } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import type { ImportJob, ImportTarget } from './entities/import-job.entity';

/** One data row of a sheet as read: its spreadsheet row number (the header is row 1). */
export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

/** What became of one row of a batch. */
export interface RowOutcome {
  rowNumber: number;
  action: 'create' | 'update' | 'skip' | 'fail';
  column?: string | null;
  reason?: string;
}

/**
 * The parts of an import that differ per target (customers, leads): the fields, how a
 * row is parsed, how duplicates are settled and how a batch is written. Reading the
 * sheet, batching, progress, resuming and the error report are shared by the processor.
 */
export interface ImportTargetHandler<Prepared = unknown, Decided = unknown> {
  readonly target: ImportTarget;
  /** The subject whose `import` permission the importer needs. */
  readonly subject: Extract<SubjectName, 'Customer' | 'Lead'>;
  /** The record type whose custom fields columns may be mapped to (`cf.<key>`). */
  readonly recordType: 'customer' | 'lead';
  /** The record fields a column may be mapped to (custom fields besides, as `cf.<key>`). */
  readonly fields: readonly string[];
  suggestMapping(headers: readonly string[]): Array<string | null>;
  /** Parses and normalizes a batch: pure work, done while the previous batch is written. */
  prepare(job: ImportJob, rows: SheetRow[]): Prepared;
  /** Settles duplicates and owners against the database, reading only. */
  decide(auth: AuthContext, job: ImportJob, prepared: Prepared): Promise<Decided>;
  /** Writes the batch in the batch's transaction; says what became of every row. */
  write(
    manager: EntityManager,
    auth: AuthContext,
    job: ImportJob,
    decided: Decided,
  ): Promise<RowOutcome[]>;
}

/** The subjects imports create; an import's own target decides which one it needs. */
export const IMPORT_SUBJECTS: Array<ImportTargetHandler['subject']> = ['Customer', 'Lead'];

/** The per-target handlers, provided by the imports module. */
export const IMPORT_TARGET_HANDLERS = Symbol('IMPORT_TARGET_HANDLERS');

/** The mapped cells of a row, by field. */
export function mappedCells<Field extends string>(
  mapping: ReadonlyArray<string | null>,
  cells: readonly string[],
): Partial<Record<Field, string>> {
  const mapped: Partial<Record<Field, string>> = {};
  mapping.forEach((field, column) => {
    if (field !== null && cells[column] !== undefined) mapped[field as Field] = cells[column];
  });
  return mapped;
}
