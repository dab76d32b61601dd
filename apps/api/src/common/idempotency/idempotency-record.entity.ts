import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The first response to a POST carrying an Idempotency-Key, kept for 24 hours. */
@Entity('idempotency_records')
export class IdempotencyRecord {
  /** The caller (user or API key id) and the key, so two callers never share a key. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  principalId!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  @Column({ type: 'varchar', length: 12 })
  state!: 'running' | 'done';

  @Column({ type: 'integer', nullable: true })
  responseStatus!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody!: unknown;

  @Column({ type: 'varchar', length: 500, nullable: true })
  location!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
