import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Customer } from '../../customers/entities/customer.entity';
import { Tag } from './tag.entity';

/**
 * A tag on a customer. The primary key serves "tags of these customers"; the
 * (tag, customer) index serves "customers with this tag" (list filters, segments).
 */
@Entity('customer_tags')
@Index('customer_tags_tag_idx', ['tagId', 'customerId'])
export class CustomerTag {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @PrimaryColumn({ type: 'uuid' })
  tagId!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  taggedAt!: Date;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;

  @ManyToOne(() => Tag, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id' })
  tag?: Tag;
}
