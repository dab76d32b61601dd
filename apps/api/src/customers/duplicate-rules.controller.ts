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
  Max,
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

export class DuplicateRulesBody {
  @ApiProperty({ type: [DuplicateRuleDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => DuplicateRuleDto)
  rules!: DuplicateRuleDto[];
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
      'Which fields decide that two customers are the same (phone, email, tax id, name …) and whether a match blocks saving or only warns.',
  })
  async get(): Promise<DuplicateRulesBody> {
    return { rules: await this.rules.current() };
  }

  @Put()
  @Policy('update', 'Settings')
  @ApiOkResponse({ type: DuplicateRulesBody })
  @ApiProblems(409)
  @ApiOperation({
    summary: 'Replace the duplicate rules',
    description:
      'Replaces the whole set of duplicate rules. They apply to new and changed customers and to imports from then on.',
  })
  async replace(
    @CurrentAuth() auth: AuthContext,
    @Body() body: DuplicateRulesBody,
  ): Promise<DuplicateRulesBody> {
    return { rules: await this.rules.replace(auth, body.rules) };
  }
}
