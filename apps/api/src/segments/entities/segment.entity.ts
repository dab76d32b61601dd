import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CustomerFilter } from '../../customers/dto/list-customers-query.dto';
import { VersionedEntity } from '../../database/versioned-entity';
import { User } from '../../users/entities/user.entity';

export const SEGMENT_KINDS = ['static', 'dynamic'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

const LIVE = 'deleted_at IS NULL';

/**
 * A saved group of customers (客户分组): a static list of members, or a dynamic
 * filter stored as the customer list's own query filters and evaluated afresh, with
 * the permissions of whoever asks, every time it is used.
 */
@Entity('segments')
@Index('segments_owner_idx', ['ownerId', 'createdAt'], { where: LIVE })
@Index('segments_name_idx', ['name', 'id'], { where: LIVE })
@Index('segments_created_at_idx', ['createdAt', 'id'], { where: LIVE })
export class Segment extends VersionedEntity {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Fixed at creation. */
  @Column({ type: 'varchar', length: 10 })
  kind!: SegmentKind;

  /** The filters of a dynamic segment, as GET /customers takes them; null for a static one. */
  @Column({ type: 'jsonb', nullable: true })
  filter!: CustomerFilter | null;

  /** Who created it: a user, or an API key (which has no user row, hence no foreign key). */
  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => User, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'owner_id' })
  owner?: User | null;
}
