import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { DealerOrg } from '../dealer-orgs/entities/dealer-org.entity';
import { Team } from '../teams/entities/team.entity';
import { User } from '../users/entities/user.entity';
import { VersionedEntity } from './versioned-entity';

/** A versioned record that remembers who made it (the user; null for API keys and jobs). */
export abstract class AuthoredEntity extends VersionedEntity {
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}

/**
 * The owned-record base of every business record (customers, leads and each module
 * after them): owner, team, dealer org and team sharing — the columns the role rules in
 * libs/domain test — plus who created it, version, timestamps and soft delete. Child
 * rows (lines, messages, answers) do not extend it: they inherit their parent's
 * permissions. Indexes stay on each entity, as their names and column order are its own.
 */
export abstract class OwnedRecordEntity extends AuthoredEntity {
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: User | null;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => Team, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id' })
  team?: Team | null;

  /** Set when a channel partner entered the record: their dealer sees it. */
  @Column({ type: 'uuid', nullable: true })
  dealerOrgId!: string | null;

  @ManyToOne(() => DealerOrg, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dealer_org_id' })
  dealerOrg?: DealerOrg | null;

  /** The owner shares the record with their team (sales reps see team-shared records). */
  @Column({ type: 'boolean', default: false })
  sharedWithTeam!: boolean;
}
