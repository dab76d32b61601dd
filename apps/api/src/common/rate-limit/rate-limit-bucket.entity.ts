import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fixed-window counter shared by every API process (no memory of its own). */
@Entity('rate_limit_buckets')
export class RateLimitBucket {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ type: 'integer' })
  hits!: number;

  @Column({ type: 'timestamptz' })
  resetAt!: Date;
}
