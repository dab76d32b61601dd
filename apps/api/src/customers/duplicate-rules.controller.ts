import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import {
  DUPLICATE_FIELDS,
  DUPLICATE_MODES,
  type DuplicateField,
  type DuplicateMode,
} from '@kehu/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy } from '../authz/policy.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { DuplicateRulesService } from './duplicates/duplicate-rules.service';

export class DuplicateRuleDto {
  @ApiProperty({ enum: DUPLICATE_FIELDS }) @IsIn(DUPLICATE_FIELDS) field!: DuplicateField;

  @ApiProperty({
    enum: DUPLICATE_MODES,
    description: 'block: refuse (409); warn: ask to confirm; off.',
  })
  @IsIn(DUPLICATE_MODES)
  mode!: DuplicateMode;

  @ApiPropertyOptional({
    minimum: 0.1,
    maximum: 1,
    description: 'Fuzzy fields (name, address): similarity from which two values match.',
  })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(1)
  threshold?: number;
}

export class CustomFieldDuplicateRuleDto {
  @ApiProperty({
    example: 'store_code',
    description:
      'The key of a customer custom field (text, number, currency, percent, date, date-time, single select, user, URL, email or phone). Values are compared exactly after normalization (half-width, lower case, phones in E.164).',
  })
  @IsString()
  @MaxLength(60)
  key!: string;

  @ApiProperty({
    enum: DUPLICATE_MODES,
    description: 'block: refuse (409); warn: ask to confirm; off.',
  })
  @IsIn(DUPLICATE_MODES)
  mode!: DuplicateMode;
}

export class DuplicateRulesRequest {
  @ApiProperty({ type: [DuplicateRuleDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => DuplicateRuleDto)
  rules!: DuplicateRuleDto[];

  @ApiPropertyOptional({
    type: [CustomFieldDuplicateRuleDto],
    description:
      'Rules on customer custom fields; left out, they stay as they are. A rule on a field that is deleted, or changed to a type that cannot be compared, stops applying.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CustomFieldDuplicateRuleDto)
  customFieldRules?: CustomFieldDuplicateRuleDto[];
}

export class DuplicateRulesBody {
  @ApiProperty({ type: [DuplicateRuleDto] })
  rules!: DuplicateRuleDto[];

  @ApiProperty({
    type: [CustomFieldDuplicateRuleDto],
    description:
      'Rules on customer custom fields, as stored: one on a deleted field (or on a type that cannot be compared) does not apply until the field is back.',
  })
  customFieldRules!: CustomFieldDuplicateRuleDto[];
}

@ApiTags('settings')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('settings/duplicate-rules')
export class DuplicateRulesController {
  constructor(private readonly rules: DuplicateRulesService) {}

  @Get()
  @Policy('read', 'Settings')
  @ApiOkResponse({ type: DuplicateRulesBody })
  @ApiOperation({
    summary: 'Get the duplicate rules',
    description:
      'Which fields decide that two customers are the same (phone, email, tax id, name …, and custom fields) and whether a match blocks saving or only warns.',
  })
  async get(): Promise<DuplicateRulesBody> {
    const [set, customFieldRules] = await Promise.all([
      this.rules.current(),
      this.rules.customFieldRules(),
    ]);
    return { rules: set.rules, customFieldRules };
  }

  @Put()
  @Policy('update', 'Settings')
  @ApiOkResponse({ type: DuplicateRulesBody })
  @ApiProblems(409)
  @ApiOperation({
    summary: 'Replace the duplicate rules',
    description:
      'Replaces the whole set of duplicate rules (the custom field rules too, when given). They apply to new and changed customers and to imports from then on. 409 when existing customers already share a value of a field made blocking.',
  })
  async replace(
    @CurrentAuth() auth: AuthContext,
    @Body() body: DuplicateRulesRequest,
  ): Promise<DuplicateRulesBody> {
    // null, like leaving them out, keeps the custom field rules as they are.
    const set = await this.rules.replace(auth, body.rules, body.customFieldRules ?? undefined);
    return { rules: set.rules, customFieldRules: set.customFieldRules };
  }
}
