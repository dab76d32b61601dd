import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSIGNMENT_STRATEGIES,
  type AssignmentStrategy,
  LEAD_SOURCES,
  type LeadSource,
} from '@kehu/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OptionalText } from '../../common/http/text-fields.decorator';

export class AssignmentConditionsDto {
  @ApiPropertyOptional({ type: [String], example: ['华东'], description: 'Any of these regions.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  regions?: string[];

  @ApiPropertyOptional({ type: [String], example: ['CRM 企业版'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  productInterests?: string[];

  @ApiPropertyOptional({ enum: LEAD_SOURCES, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(LEAD_SOURCES, { each: true })
  sources?: LeadSource[];

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minScore?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  maxScore?: number;
}

export class AssignmentRuleDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Kept across edits; new rules get one.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: '华东网站线索' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional({ default: true }) @IsOptional() @IsBoolean() active?: boolean;

  @ApiProperty({ type: AssignmentConditionsDto })
  @ValidateNested()
  @Type(() => AssignmentConditionsDto)
  conditions!: AssignmentConditionsDto;

  @ApiProperty({
    enum: ASSIGNMENT_STRATEGIES,
    description: 'user: to userId; round-robin / least-open-leads: among the members of teamId.',
  })
  @IsIn(ASSIGNMENT_STRATEGIES)
  strategy!: AssignmentStrategy;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() teamId?: string;
}

export class AssignmentRulesBody {
  @ApiProperty({ type: [AssignmentRuleDto], description: 'In order: the first match wins.' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AssignmentRuleDto)
  rules!: AssignmentRuleDto[];

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The fallback queue: unmatched leads go to this team, unowned.',
  })
  @IsOptional()
  @IsUUID()
  fallbackTeamId?: string | null;
}

export class AssignmentRuleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: AssignmentConditionsDto }) conditions!: AssignmentConditionsDto;
  @ApiProperty({ enum: ASSIGNMENT_STRATEGIES }) strategy!: AssignmentStrategy;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) userId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) teamId!: string | null;
}

export class AssignmentRulesResponse {
  @ApiProperty({ type: [AssignmentRuleResponse] }) rules!: AssignmentRuleResponse[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) fallbackTeamId!: string | null;
  @ApiProperty({ description: 'Send it as If-Match to replace the rules.' }) version!: number;
}

export class AssignmentTestRequest {
  @OptionalText(80, { example: '华东' }) region?: string;
  @OptionalText(120) productInterest?: string;
  @ApiProperty({ enum: LEAD_SOURCES }) @IsIn(LEAD_SOURCES) source!: LeadSource;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) score!: number;
}

export class AssignmentTestResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: fallback.' })
  ruleId!: string | null;
  @ApiProperty({ type: String, nullable: true }) ruleName!: string | null;
  @ApiProperty({ enum: [...ASSIGNMENT_STRATEGIES, 'fallback'] }) strategy!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Who would get it now (round-robin: the next in turn), without taking a turn.',
  })
  userId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) teamId!: string | null;
}

export class SourceWeightsDto {
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) 'web-form'!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) social!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) phone!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) email!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) event!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) dealer!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) import!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) api!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) other!: number;
}

export class LeadScoringBody {
  @ApiProperty({ type: SourceWeightsDto, description: 'Points per source.' })
  @ValidateNested()
  @Type(() => SourceWeightsDto)
  source!: SourceWeightsDto;

  @ApiProperty({ minimum: 0, maximum: 100, description: 'Points for a fully filled-in lead.' })
  @IsNumber()
  @Min(0)
  @Max(100)
  completeness!: number;

  @ApiProperty({ minimum: 0, maximum: 100, description: 'Points for activity today, fading.' })
  @IsNumber()
  @Min(0)
  @Max(100)
  recentActivity!: number;

  @ApiProperty({ minimum: 1, maximum: 365 })
  @IsInt()
  @Min(1)
  @Max(365)
  activityWindowDays!: number;
}
