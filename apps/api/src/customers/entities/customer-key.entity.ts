import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Customer } from './customer.entity';

export const KEYED_FIELDS = ['phone', 'email', 'taxId'] as const;
/** A built-in keyed field, or `cf.<key>`: a custom field that has a duplicate rule. */
export type KeyedField = (typeof KEYED_FIELDS)[number] | `cf.${string}`;

/**
 * The normalized phone numbers, emails and tax id of live customers, and the values of
 * their custom fields that have a duplicate rule (`cf.<key>`). Keys of fields
 * whose duplicate rule blocks are marked `blocking`, and a partial unique index makes
 * the database refuse a second customer with the same one, even under concurrent
 * creates. Deleting a customer removes its keys; restoring puts them back.
 */
@Entity('customer_keys')
@Index('customer_keys_blocking_key', ['field', 'value'], { unique: true, where: 'blocking' })
@Index('customer_keys_lookup_idx', ['field', 'value'])
export class CustomerKey {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  field!: KeyedField;

  @PrimaryColumn({ type: 'varchar', length: 320 })
  value!: string;

  @Column({ type: 'boolean' })
  blocking!: boolean;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Customer;
}
