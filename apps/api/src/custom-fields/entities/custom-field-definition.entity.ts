import type {
  CustomFieldAppliesTo,
  CustomFieldOption,
  CustomFieldRecordType,
  CustomFieldType,
  CustomFieldValue,
  Role,
} from '@kehu/domain';
import { Column, Entity, Index } from 'typeorm';
import { AuthzSubject } from '../../authz/subject-entity';
import { VersionedEntity } from '../../database/versioned-entity';

/**
 * A field admins add to a record type (customers, contacts, leads, and every module
 * after them). Its values live in the records' `custom_fields` object under its key.
 * The key is unique per record type among deleted definitions too: a deleted field's
 * values stay under its key, to come back when it is restored, so no new field may
 * take it over.
 */
@Entity('custom_field_definitions')
@AuthzSubject('CustomFieldDefinition')
@Index('custom_field_definitions_key_key', ['recordType', 'key'], { unique: true })
@Index('custom_field_definitions_position_idx', ['recordType', 'position', 'id'], {
  where: 'deleted_at IS NULL',
})
export class CustomFieldDefinitionEntity extends VersionedEntity {
  @Column({ type: 'varchar', length: 40 })
  recordType!: CustomFieldRecordType;

  /** Customers only: the kind of customer the field is for. */
  @Column({ type: 'varchar', length: 10, default: 'both' })
  appliesTo!: CustomFieldAppliesTo;

  /** Lower-case snake case; never changes. */
  @Column({ type: 'varchar', length: 60 })
  key!: string;

  @Column({ type: 'varchar', length: 20 })
  type!: CustomFieldType;

  @Column({ type: 'varchar', length: 120 })
  labelZh!: string;

  @Column({ type: 'varchar', length: 120 })
  labelEn!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  helpTextZh!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  helpTextEn!: string | null;

  @Column({ type: 'boolean', default: false })
  required!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  defaultValue!: CustomFieldValue | null;

  /** Select fields' choices, in display order. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  options!: CustomFieldOption[];

  @Column({ type: 'double precision', nullable: true })
  min!: number | null;

  @Column({ type: 'double precision', nullable: true })
  max!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  hiddenFromRoles!: Role[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  readOnlyForRoles!: Role[];

  @Column({ type: 'boolean', default: false })
  filterable!: boolean;

  @Column({ type: 'boolean', default: false })
  sortable!: boolean;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}
