import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { LEAD_SOURCES, LEAD_STATUSES, type LeadSource, type LeadStatus } from '@kehu/domain';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { EmailDto, PhoneInputDto } from '../../customers/dto/contact-point.dto';
import { OptionalList } from '../../common/http/optional-list.decorator';
import { OptionalNotNull } from '../../common/http/optional-not-null.decorator';
import { CustomFieldValuesInput } from '../../custom-fields/dto/custom-field.dto';

/**
 * A new lead. As on a customer, fields with an empty value take null (a PATCH clears
 * them with it); the others refuse null.
 */
export class CreateLeadRequest {
  @ApiProperty({ example: '李明' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '上海华腾科技有限公司' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  company?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '采购经理' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  title?: string | null;

  @OptionalList(PhoneInputDto)
  phones?: PhoneInputDto[];

  @OptionalList(EmailDto)
  emails?: EmailDto[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '华东' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  region?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'CRM 企业版' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  productInterest?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026 春季展会',
    description: 'Free text until campaigns exist.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  campaign?: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsDateString({ strict: true })
  nextFollowUpAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;

  @ApiPropertyOptional({ description: 'The owner shares the lead with their team.' })
  @OptionalNotNull()
  @IsBoolean()
  sharedWithTeam?: boolean;

  @CustomFieldValuesInput()
  customFields?: Record<string, unknown> | null;

  @ApiPropertyOptional({ enum: LEAD_SOURCES, default: 'api' })
  @OptionalNotNull()
  @IsIn(LEAD_SOURCES)
  source?: LeadSource;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Default: a sales rep or channel partner owns what they enter; for others the assignment rules choose.',
  })
  @OptionalNotNull()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the owner’s first team.' })
  @OptionalNotNull()
  @IsUUID()
  teamId?: string;
}

/**
 * Everything about a lead one may edit, each optional; status, owner and team have their
 * own rules. Null clears only the fields that take it.
 */
export class LeadFieldsRequest extends PartialType(
  OmitType(CreateLeadRequest, ['source', 'ownerId', 'teamId'] as const),
  { skipNullProperties: false },
) {}

export class UpdateLeadRequest extends LeadFieldsRequest {
  @ApiPropertyOptional({
    enum: LEAD_STATUSES.filter((status) => status !== 'converted'),
    description:
      'new → contacted → qualified; any open status → disqualified (with a reason); disqualified → new. Converting has its own route.',
  })
  @OptionalNotNull()
  @IsIn(LEAD_STATUSES.filter((status) => status !== 'converted'))
  status?: Exclude<LeadStatus, 'converted'>;

  @ApiPropertyOptional({ description: 'Required when disqualifying.' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  disqualifiedReason?: string;
}

export class AssignLeadRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() ownerId!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the owner’s first team.' })
  @OptionalNotNull()
  @IsUUID()
  teamId?: string;
}
