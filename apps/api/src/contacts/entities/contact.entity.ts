import type { CustomFieldValue } from '@kehu/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Customer } from '../../customers/entities/customer.entity';
import { VersionedEntity } from '../../database/versioned-entity';

const LIVE = 'deleted_at IS NULL';

/**
 * A person at a company (联系人): both are customers, the contact adds the person's
 * title and department there. A company has one primary contact.
 */
@Entity('contacts')
@Index('contacts_company_person_key', ['companyId', 'personId'], { unique: true, where: LIVE })
@Index('contacts_primary_key', ['companyId'], {
  unique: true,
  where: `${LIVE} AND is_primary`,
})
@Index('contacts_company_idx', ['companyId', 'createdAt'], { where: LIVE })
@Index('contacts_person_idx', ['personId', 'createdAt'], { where: LIVE })
export class Contact extends VersionedEntity {
  @Column({ type: 'uuid' })
  companyId!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: Customer;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Customer;

  @Column({ type: 'varchar', length: 120, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  department!: string | null;

  @Column({ type: 'boolean', default: false })
  isPrimary!: boolean;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /** Values of the contact record type's custom fields, by key (see libs/domain custom-fields). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  customFields!: Record<string, CustomFieldValue>;
}
