import type { CustomFieldValue, LeadSource, LeadStatus } from '@kehu/domain';
import { Column, Entity, Generated, Index } from 'typeorm';
import { AuthzSubject } from '../../authz/subject-entity';
import type { ContactPoint } from '../../customers/entities/customer.entity';
import { OwnedRecordEntity } from '../../database/owned-record.entity';

const LIVE = 'deleted_at IS NULL';

/**
 * A lead (线索): a possible customer not yet qualified, captured from a web form, the
 * API, an import or by hand, worked by its owner until converted or disqualified.
 */
@Entity('leads')
@AuthzSubject('Lead')
@Index('leads_number_key', ['number'], { unique: true })
@Index('leads_created_at_idx', ['createdAt', 'id'], { where: LIVE })
@Index('leads_updated_at_idx', ['updatedAt', 'id'], { where: LIVE })
@Index('leads_owner_idx', ['ownerId', 'status'], { where: LIVE })
@Index('leads_team_idx', ['teamId', 'createdAt'], { where: LIVE })
@Index('leads_dealer_org_idx', ['dealerOrgId', 'createdAt'], { where: LIVE })
@Index('leads_status_idx', ['status', 'createdAt'], { where: LIVE })
@Index('leads_follow_up_idx', ['nextFollowUpAt'], {
  where: `${LIVE} AND next_follow_up_at IS NOT NULL`,
})
// Trigram (GIN) indexes TypeORM cannot describe; created by the migration.
@Index('leads_name_trgm_idx', { synchronize: false })
@Index('leads_company_trgm_idx', { synchronize: false })
export class Lead extends OwnedRecordEntity {
  /** Shown as L-000123; from a sequence, never reused. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  number!: string;

  /** The person's name. */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  company!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  title!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  phones!: ContactPoint[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  emails!: ContactPoint[];

  @Column({ type: 'varchar', length: 80, nullable: true })
  region!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  productInterest!: string | null;

  @Column({ type: 'varchar', length: 20 })
  source!: LeadSource;

  /** Free text until campaigns exist. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  campaign!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'new' })
  status!: LeadStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  disqualifiedReason!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  nextFollowUpAt!: Date | null;

  /** Set when the follow-up reminder for nextFollowUpAt fired, so it fires once. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  followUpRemindedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  score!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastActivityAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** The web form that captured the lead. */
  @Column({ type: 'uuid', nullable: true })
  webFormId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  convertedCustomerId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  convertedAt!: Date | null;

  /** Values of the record type's custom fields, by key (see libs/domain custom-fields). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  customFields!: Record<string, CustomFieldValue>;
}
