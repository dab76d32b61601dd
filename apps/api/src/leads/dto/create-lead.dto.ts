import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { EmailDto, PhoneDto } from '../../customers/dto/contact-point.dto';
import { OptionalList } from '../../common/http/optional-list.decorator';

/** Everything about a lead one may edit; status, owner and team have their own rules. */
export class LeadFieldsRequest {
  @ApiPropertyOptional({ example: '李明' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: '上海华腾科技有限公司' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  company?: string;

  @ApiPropertyOptional({ example: '采购经理' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  title?: string;

  @OptionalList(PhoneDto)
  phones?: PhoneDto[];

  @OptionalList(EmailDto)
  emails?: EmailDto[];

  @ApiPropertyOptional({ example: '华东' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  region?: string;

  @ApiPropertyOptional({ example: 'CRM 企业版' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  productInterest?: string;

  @ApiPropertyOptional({
    example: '2026 春季展会',
    description: 'Free text until campaigns exist.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  campaign?: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsDateString({ strict: true })
  nextFollowUpAt?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string;

  @ApiPropertyOptional({ description: 'The owner shares the lead with their team.' })
  @IsOptional()
  @IsBoolean()
  sharedWithTeam?: boolean;
}

export class CreateLeadRequest extends LeadFieldsRequest {
  @ApiProperty({ example: '李明' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  declare name: string;

  @ApiPropertyOptional({ enum: LEAD_SOURCES, default: 'api' })
  @IsOptional()
  @IsIn(LEAD_SOURCES)
  source?: LeadSource;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Default: a sales rep or channel partner owns what they enter; for others the assignment rules choose.',
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the owner’s first team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

export class UpdateLeadRequest extends LeadFieldsRequest {
  @ApiPropertyOptional({
    enum: LEAD_STATUSES.filter((status) => status !== 'converted'),
    description:
      'new → contacted → qualified; any open status → disqualified (with a reason); disqualified → new. Converting has its own route.',
  })
  @IsOptional()
  @IsIn(LEAD_STATUSES.filter((status) => status !== 'converted'))
  status?: Exclude<LeadStatus, 'converted'>;

  @ApiPropertyOptional({ description: 'Required when disqualifying.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  disqualifiedReason?: string;
}

export class AssignLeadRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() ownerId!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the owner’s first team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}
