import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Customer } from '../../customers/entities/customer.entity';
import { Segment } from './segment.entity';

/** A customer on a static segment's list. */
@Entity('segment_members')
@Index('segment_members_customer_idx', ['customerId'])
export class SegmentMember {
  @PrimaryColumn({ type: 'uuid' })
  segmentId!: string;

  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  addedAt!: Date;

  @ManyToOne(() => Segment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'segment_id' })
  segment?: Segment;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
}
