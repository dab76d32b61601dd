import type { CustomFieldValue } from '@kehu/domain';
import { Column, Entity, Generated, Index } from 'typeorm';
import { AuthzSubject } from '../../authz/subject-entity';
import { OwnedRecordEntity } from '../../database/owned-record.entity';

export const CUSTOMER_KINDS = ['company', 'person'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/** 客户分级: the lifecycle tier. */
export const CUSTOMER_TIERS = ['potential', 'intent', 'deal', 'loyal', 'churned'] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

/** The parts a customer plays for us; one customer may play several. */
export const CUSTOMER_ROLES = ['customer', 'debtor', 'supplier', 'partner', 'competitor'] as const;
export type CustomerRole = (typeof CUSTOMER_ROLES)[number];

export interface ContactPoint {
  type: string;
  value: string;
  primary: boolean;
}

export interface PostalAddress {
  type: string;
  country?: string;
  province?: string;
  city?: string;
  district?: string;
  street?: string;
  postalCode?: string;
  primary: boolean;
}

export interface ImHandle {
  type: string;
  value: string;
}

const LIVE = 'deleted_at IS NULL';

/**
 * One master record per customer (客户主档), company or person. Contact points live
 * in JSON columns as entered; their normalized forms live in customer_keys, where
 * unique indexes enforce the blocking duplicate rules.
 */
@Entity('customers')
@AuthzSubject('Customer')
@Index('customers_number_key', ['number'], { unique: true })
@Index('customers_created_at_idx', ['createdAt', 'id'], { where: LIVE })
@Index('customers_updated_at_idx', ['updatedAt', 'id'], { where: LIVE })
@Index('customers_name_idx', ['name', 'id'], { where: LIVE })
@Index('customers_owner_idx', ['ownerId', 'createdAt'], { where: LIVE })
@Index('customers_team_idx', ['teamId', 'createdAt'], { where: LIVE })
@Index('customers_dealer_org_idx', ['dealerOrgId', 'createdAt'], { where: LIVE })
@Index('customers_tier_idx', ['tier', 'createdAt'], { where: LIVE })
@Index('customers_industry_idx', ['industry', 'createdAt'], { where: LIVE })
@Index('customers_region_idx', ['region', 'createdAt'], { where: LIVE })
// Trigram (GIN) indexes TypeORM cannot describe; created by the migration.
@Index('customers_name_trgm_idx', { synchronize: false })
// One- and two-character pieces of the name (customer_name_grams), for short searches.
@Index('customers_name_grams_idx', { synchronize: false })
@Index('customers_company_name_key_trgm_idx', { synchronize: false })
@Index('customers_person_name_key_trgm_idx', { synchronize: false })
// The address lines (customer_address_key), for the duplicate check's address rule.
@Index('customers_address_key_trgm_idx', { synchronize: false })
@Index('customers_roles_idx', { synchronize: false })
@Index('customers_follow_up_idx', ['nextFollowUpOn'], {
  where: `${LIVE} AND next_follow_up_on IS NOT NULL`,
})
export class Customer extends OwnedRecordEntity {
  /** Shown as C-000123; from a sequence, so never reused, even after deletes. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  number!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: CustomerKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** normalizeCompanyName / normalizePersonName of the name: the fuzzy-search key. */
  @Column({ type: 'varchar', length: 200 })
  nameKey!: string;

  @Column({ type: 'varchar', length: 12, default: 'potential' })
  tier!: CustomerTier;

  @Column({ type: 'text', array: true, default: () => "'{customer}'" })
  roles!: CustomerRole[];

  @Column({ type: 'varchar', length: 40, nullable: true })
  source!: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  industry!: string | null;

  /** Province or region, for filters and territories. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  region!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  phones!: ContactPoint[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  emails!: ContactPoint[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  addresses!: PostalAddress[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  imHandles!: ImHandle[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  // Company fields.
  @Column({ type: 'varchar', length: 40, nullable: true })
  taxId!: string | null;

  @Column({ type: 'date', nullable: true })
  foundedOn!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  companySize!: string | null;

  // Person fields.
  @Column({ type: 'varchar', length: 10, nullable: true })
  gender!: string | null;

  @Column({ type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  maritalStatus!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  occupation!: string | null;

  // Financial fields: readable only by finance-aware roles (see CUSTOMER_FINANCIAL_FIELDS).
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true })
  annualRevenue!: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true })
  creditLimit!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  paymentTerms!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  bankAccount!: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  receivableBalance!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** Set on the record merged away: requests for it are sent to the survivor. */
  @Index('customers_merged_into_idx', { where: 'merged_into_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastInteractionAt!: Date | null;

  @Column({ type: 'date', nullable: true })
  nextFollowUpOn!: string | null;

  /** Values of the record type's custom fields, by key (see libs/domain custom-fields). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  customFields!: Record<string, CustomFieldValue>;
}
