import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '../../database/versioned-entity';
import { TagGroup } from './tag-group.entity';

/**
 * A label put on customers (华东, 制造业, 复购客户, VIP …). A deleted tag drops out
 * of customer responses and filters at once; restoring it brings its customers back.
 */
@Entity('tags')
@Index('tags_group_name_key', ['groupId', 'name'], { unique: true, where: 'deleted_at IS NULL' })
@Index('tags_name_idx', ['name', 'id'], { where: 'deleted_at IS NULL' })
export class Tag extends VersionedEntity {
  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => TagGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: TagGroup;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  /** `#rrggbb`, or null for the console's default. */
  @Column({ type: 'varchar', length: 7, nullable: true })
  color!: string | null;
}
