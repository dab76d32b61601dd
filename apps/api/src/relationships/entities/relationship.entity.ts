import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Customer } from '../../customers/entities/customer.entity';
import { VersionedEntity } from '../../database/versioned-entity';
import { RelationshipType } from './relationship-type.entity';

const LIVE = 'deleted_at IS NULL';

/**
 * A typed, directed edge between two customers (客户关系), defined once and shown
 * wherever either customer is. Symmetric types are stored with the smaller id first,
 * so the unique index also refuses (b, a) next to (a, b).
 */
@Entity('relationships')
@Check('relationships_not_self_check', '"from_id" <> "to_id"')
@Check('relationships_percentage_check', '"percentage" >= 0 AND "percentage" <= 100')
@Check('relationships_period_check', '"ends_on" >= "starts_on"')
@Index('relationships_edge_key', ['typeId', 'fromId', 'toId'], { unique: true, where: LIVE })
@Index('relationships_from_idx', ['fromId'], { where: LIVE })
@Index('relationships_to_idx', ['toId', 'typeId'], { where: LIVE })
export class Relationship extends VersionedEntity {
  @Column({ type: 'uuid' })
  fromId!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_id' })
  from?: Customer;

  @Column({ type: 'uuid' })
  toId!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_id' })
  to?: Customer;

  @Column({ type: 'uuid' })
  typeId!: string;

  @ManyToOne(() => RelationshipType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_id' })
  type?: RelationshipType;

  /** Holding: the share of the to-company the from-customer holds. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  percentage!: string | null;

  /** Employment: the person's job title. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  title!: string | null;

  @Column({ type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}
