import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Why one row of an import was refused (the error report) or skipped (the skipped list). */
@Entity('import_row_errors')
@Index('import_row_errors_import_idx', ['importId', 'rowNumber'])
export class ImportRowError {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  importId!: string;

  /** The spreadsheet row number (the header is row 1). */
  @Column({ type: 'integer' })
  rowNumber!: number;

  @Column({ type: 'varchar', length: 60, nullable: true })
  column!: string | null;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'varchar', length: 10, default: 'failed' })
  outcome!: 'failed' | 'skipped';
}
