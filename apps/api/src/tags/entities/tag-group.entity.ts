import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../database/versioned-entity';

const LIVE = 'deleted_at IS NULL';

/**
 * A dimension tags belong to. Geography, industry, purchase history and attribute
 * come with the product (created by the migration, with fixed ids and keys); admins
 * add their own.
 */
@Entity('tag_groups')
@Index('tag_groups_key_key', ['key'], { unique: true, where: LIVE })
@Index('tag_groups_name_key', ['name'], { unique: true, where: LIVE })
export class TagGroup extends VersionedEntity {
  /** A stable identifier for integrations and translations, e.g. `geography`. Never changes. */
  @Column({ type: 'varchar', length: 60 })
  key!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Shipped with the product: may be renamed, not deleted. */
  @Column({ type: 'boolean', default: false })
  builtIn!: boolean;
}
