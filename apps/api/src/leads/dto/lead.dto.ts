import { ApiProperty } from '@nestjs/swagger';
import {
  type CustomFieldValue,
  LEAD_SOURCES,
  LEAD_STATUSES,
  type LeadSource,
  type LeadStatus,
} from '@kehu/domain';
import { CustomFieldValuesOutput } from '../../custom-fields/dto/custom-field.dto';
import { EmailDto, PhoneDto } from '../../customers/dto/contact-point.dto';
import { NamedRef } from '../../customers/dto/customer.dto';
import type { Lead } from '../entities/lead.entity';

export class LeadResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'L-000042', description: 'Never changes, never reused.' })
  number!: string;
  @ApiProperty({ example: '李明' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) company!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: [PhoneDto] }) phones!: PhoneDto[];
  @ApiProperty({ type: [EmailDto] }) emails!: EmailDto[];
  @ApiProperty({ type: String, nullable: true }) region!: string | null;
  @ApiProperty({ type: String, nullable: true }) productInterest!: string | null;
  @ApiProperty({ enum: LEAD_SOURCES }) source!: LeadSource;
  @ApiProperty({ type: String, nullable: true }) campaign!: string | null;
  @ApiProperty({ enum: LEAD_STATUSES }) status!: LeadStatus;
  @ApiProperty({ type: String, nullable: true }) disqualifiedReason!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextFollowUpAt!:
    string | null;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'From the scoring weights.' })
  score!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastActivityAt!:
    string | null;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: NamedRef, nullable: true }) owner!: NamedRef | null;
  @ApiProperty({ type: NamedRef, nullable: true }) team!: NamedRef | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) dealerOrgId!: string | null;
  @ApiProperty() sharedWithTeam!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) webFormId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Once converted.' })
  convertedCustomerId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) convertedAt!: string | null;
  @CustomFieldValuesOutput() customFields?: Record<string, CustomFieldValue>;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class LeadListResponse {
  @ApiProperty({ type: [LeadResponse] }) items!: LeadResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function formatLeadNumber(number: string | number): string {
  return `L-${String(number).padStart(6, '0')}`;
}

/**
 * Owner and team must be loaded (their names are shown). Custom field values are added by
 * the leads service, which knows the fields the caller sees; other paths send none.
 */
export function toLeadResponse(lead: Lead): LeadResponse {
  return {
    id: lead.id,
    number: formatLeadNumber(lead.number),
    name: lead.name,
    company: lead.company,
    title: lead.title,
    phones: lead.phones,
    emails: lead.emails,
    region: lead.region,
    productInterest: lead.productInterest,
    source: lead.source,
    campaign: lead.campaign,
    status: lead.status,
    disqualifiedReason: lead.disqualifiedReason,
    nextFollowUpAt: lead.nextFollowUpAt?.toISOString() ?? null,
    score: lead.score,
    lastActivityAt: lead.lastActivityAt?.toISOString() ?? null,
    notes: lead.notes,
    owner: lead.owner ? { id: lead.owner.id, name: lead.owner.name } : null,
    team: lead.team ? { id: lead.team.id, name: lead.team.name } : null,
    dealerOrgId: lead.dealerOrgId,
    sharedWithTeam: lead.sharedWithTeam,
    webFormId: lead.webFormId,
    convertedCustomerId: lead.convertedCustomerId,
    convertedAt: lead.convertedAt?.toISOString() ?? null,
    version: lead.version,
    createdAt: lead.createdAt.toISOString(),
    updatedAt: lead.updatedAt.toISOString(),
  };
}
