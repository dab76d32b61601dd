import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../database/versioned-entity';

/** An external dealer (channel partner) whose staff enter customers of their own. */
@Entity('dealer_orgs')
@Index('dealer_orgs_name_key', ['name'], { unique: true, where: 'deleted_at IS NULL' })
export class DealerOrg extends VersionedEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  region!: string | null;
}
