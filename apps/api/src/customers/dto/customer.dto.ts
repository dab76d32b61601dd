import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ageOn, type CustomFieldValue } from '@kehu/domain';
import { CustomFieldValuesOutput } from '../../custom-fields/dto/custom-field.dto';
import {
  CUSTOMER_KINDS,
  CUSTOMER_ROLES,
  CUSTOMER_TIERS,
  type Customer,
  type CustomerKind,
  type CustomerRole,
  type CustomerTier,
} from '../entities/customer.entity';
import { AddressDto, EmailDto, ImHandleDto, PhoneDto } from './contact-point.dto';

export class NamedRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class CustomerTagRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '华东 East China' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: '#1677ff' }) color!: string | null;
  @ApiProperty({ format: 'uuid' }) groupId!: string;
}

/** A customer as the repository reads it: with its live tags, fetched once per page. */
export type TaggedCustomer = Customer & { tags?: CustomerTagRef[] };

/**
 * A customer as the API shows it. Fields the caller may not read (e.g. financial
 * ones for a channel partner or service agent) are left out, so most are optional.
 */
export class CustomerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'C-000123', description: 'Never changes, never reused.' })
  number!: string;
  @ApiProperty({ enum: CUSTOMER_KINDS }) kind!: CustomerKind;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CUSTOMER_TIERS }) tier!: CustomerTier;
  @ApiProperty({ enum: CUSTOMER_ROLES, isArray: true }) roles!: CustomerRole[];
  @ApiProperty({
    type: [CustomerTagRef],
    description: 'Its tags, by name (deleted tags left out).',
  })
  tags!: CustomerTagRef[];
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty({ type: String, nullable: true }) industry!: string | null;
  @ApiProperty({ type: String, nullable: true }) region!: string | null;
  @ApiProperty({ type: [PhoneDto] }) phones!: PhoneDto[];
  @ApiProperty({ type: [EmailDto] }) emails!: EmailDto[];
  @ApiProperty({ type: [AddressDto] }) addresses!: AddressDto[];
  @ApiProperty({ type: [ImHandleDto] }) imHandles!: ImHandleDto[];
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty({ type: String, nullable: true }) taxId!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) foundedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) companySize!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Financial.' }) annualRevenue?:
    string | null;
  @ApiProperty({ type: String, nullable: true }) gender!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) birthDate!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'From the birth date.' }) age!:
    number | null;
  @ApiProperty({ type: String, nullable: true }) maritalStatus!: string | null;
  @ApiProperty({ type: String, nullable: true }) occupation!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Financial.' }) creditLimit?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Financial.' }) paymentTerms?:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Financial.' }) bankAccount?:
    string | null;
  @ApiPropertyOptional({ description: 'Financial.' }) receivableBalance?: string;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: NamedRef, nullable: true }) owner!: NamedRef | null;
  @ApiProperty({ type: NamedRef, nullable: true }) team!: NamedRef | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) dealerOrgId!: string | null;
  @ApiProperty() sharedWithTeam!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastInteractionAt!:
    string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) nextFollowUpOn!: string | null;
  @CustomFieldValuesOutput() customFields?: Record<string, CustomFieldValue>;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CustomerListResponse {
  @ApiProperty({ type: [CustomerResponse] }) items!: CustomerResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiPropertyOptional({
    type: Number,
    description:
      'How many customers the caller may read match the filters; on the first page only (no cursor).',
  })
  total?: number;
  @ApiPropertyOptional({
    type: Boolean,
    description:
      'True when total is the database planner’s estimate rather than an exact count: beyond 10,000 matches, or when counting would read too much of the table (few matches among many customers).',
  })
  totalIsEstimate?: boolean;
}

export function formatCustomerNumber(number: string | number): string {
  return `C-${String(number).padStart(6, '0')}`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Owner and team must be loaded (their names are shown), and tags attached. */
export function toCustomerResponse(customer: TaggedCustomer): CustomerResponse {
  return {
    id: customer.id,
    number: formatCustomerNumber(customer.number),
    kind: customer.kind,
    name: customer.name,
    tier: customer.tier,
    roles: customer.roles,
    tags: customer.tags ?? [],
    source: customer.source,
    industry: customer.industry,
    region: customer.region,
    phones: customer.phones,
    emails: customer.emails,
    addresses: customer.addresses,
    imHandles: customer.imHandles,
    website: customer.website,
    taxId: customer.taxId,
    foundedOn: customer.foundedOn,
    companySize: customer.companySize,
    annualRevenue: customer.annualRevenue,
    gender: customer.gender,
    birthDate: customer.birthDate,
    age: customer.birthDate ? ageOn(customer.birthDate, today()) : null,
    maritalStatus: customer.maritalStatus,
    occupation: customer.occupation,
    creditLimit: customer.creditLimit,
    paymentTerms: customer.paymentTerms,
    bankAccount: customer.bankAccount,
    receivableBalance: customer.receivableBalance,
    notes: customer.notes,
    owner: customer.owner ? { id: customer.owner.id, name: customer.owner.name } : null,
    team: customer.team ? { id: customer.team.id, name: customer.team.name } : null,
    dealerOrgId: customer.dealerOrgId,
    sharedWithTeam: customer.sharedWithTeam,
    lastInteractionAt: customer.lastInteractionAt?.toISOString() ?? null,
    nextFollowUpOn: customer.nextFollowUpOn,
    customFields: customer.customFields,
    version: customer.version,
    createdAt: customer.createdAt.toISOString(),
    updatedAt: customer.updatedAt.toISOString(),
  };
}
