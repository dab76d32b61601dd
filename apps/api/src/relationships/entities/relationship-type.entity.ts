import type { PartyKindConstraint } from '@kehu/domain';
import { Check, Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../database/versioned-entity';

/**
 * A kind of relationship between customers (parent company, holding, employment,
 * family, or one an admin defines). `name` is how the from-customer sees the
 * to-customer (A's page: "控股 B", a subsidiary's page: "母公司 P"), `inverseName` how
 * the to-customer sees the from-customer ("被控股 A", "子公司 S"). Built-in types
 * come with the migration and cannot be deleted.
 */
@Entity('relationship_types')
@Check(
  'relationship_types_kinds_check',
  `"from_kind" IN ('company', 'person', 'any') AND "to_kind" IN ('company', 'person', 'any')`,
)
@Index('relationship_types_key_key', ['key'], { unique: true, where: 'deleted_at IS NULL' })
export class RelationshipType extends VersionedEntity {
  /** A stable identifier for integrations, e.g. `holding`. */
  @Column({ type: 'varchar', length: 60 })
  key!: string;

  @Column({ type: 'varchar', length: 60 })
  nameZh!: string;

  @Column({ type: 'varchar', length: 60 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 60 })
  inverseNameZh!: string;

  @Column({ type: 'varchar', length: 60 })
  inverseNameEn!: string;

  @Column({ type: 'varchar', length: 10 })
  fromKind!: PartyKindConstraint;

  @Column({ type: 'varchar', length: 10 })
  toKind!: PartyKindConstraint;

  @Column({ type: 'boolean', default: false })
  symmetric!: boolean;

  @Column({ type: 'boolean', default: false })
  hasPercentage!: boolean;

  @Column({ type: 'boolean', default: false })
  hasTitle!: boolean;

  @Column({ type: 'boolean', default: false })
  hasPeriod!: boolean;

  @Column({ type: 'boolean', default: false })
  builtIn!: boolean;
}
