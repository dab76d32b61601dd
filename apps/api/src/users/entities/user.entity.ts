import type { Role } from '@kehu/domain';
import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne, JoinColumn } from 'typeorm';
import { VersionedEntity } from '../../database/versioned-entity';
import { DealerOrg } from '../../dealer-orgs/entities/dealer-org.entity';
import { Team } from '../../teams/entities/team.entity';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

@Entity('users')
@Index('users_email_key', ['email'], { unique: true, where: 'deleted_at IS NULL' })
export class User extends VersionedEntity {
  /** Stored lower-case, so the unique index is case-insensitive. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];

  /** The console language the user chose; null: none yet, the browser's is used. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  locale!: Locale | null;

  @Index('users_dealer_org_id_idx')
  @Column({ type: 'uuid', nullable: true })
  dealerOrgId!: string | null;

  @ManyToOne(() => DealerOrg, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dealer_org_id' })
  dealerOrg?: DealerOrg | null;

  @ManyToMany(() => Team)
  @JoinTable({
    name: 'user_teams',
    joinColumn: { name: 'user_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'team_id', referencedColumnName: 'id' },
  })
  teams?: Team[];

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
