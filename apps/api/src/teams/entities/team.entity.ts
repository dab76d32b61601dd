import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../../database/versioned-entity';

@Entity('teams')
@Index('teams_name_key', ['name'], { unique: true, where: 'deleted_at IS NULL' })
export class Team extends VersionedEntity {
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
