import {
  CreateDateColumn,
  DeleteDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * The columns every business record has: a UUID, timestamps, a soft-delete mark and
 * an integer version for If-Match. Updates go through `updateVersioned`, which checks
 * the version in the WHERE clause (TypeORM's save() would not). Timestamps keep
 * milliseconds, as JavaScript does, so keyset cursors on them are exact.
 */
export abstract class VersionedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
