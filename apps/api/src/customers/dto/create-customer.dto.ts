import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsNumberString,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  CUSTOMER_KINDS,
  CUSTOMER_ROLES,
  CUSTOMER_TIERS,
  type CustomerKind,
  type CustomerRole,
  type CustomerTier,
} from '../entities/customer.entity';
import { AddressDto, EmailDto, ImHandleDto, PhoneInputDto } from './contact-point.dto';
import { OptionalList } from '../../common/http/optional-list.decorator';
import { OptionalNotNull } from '../../common/http/optional-not-null.decorator';
import { CustomFieldValuesInput } from '../../custom-fields/dto/custom-field.dto';

export const COMPANY_SIZES = ['1-9', '10-49', '50-199', '200-999', '1000+'] as const;
export const GENDERS = ['female', 'male', 'other'] as const;
export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed', 'other'] as const;

const MONEY = { no_symbols: false } as const;

/**
 * Everything that can be edited on a customer but its name; `kind`, owner and team are
 * set apart. Fields with an empty value take null (a PATCH clears them with it); the
 * others refuse null.
 */
export class CustomerFieldsRequest {
  @ApiPropertyOptional({ enum: CUSTOMER_TIERS })
  @OptionalNotNull()
  @IsIn(CUSTOMER_TIERS)
  tier?: CustomerTier;

  @ApiPropertyOptional({ enum: CUSTOMER_ROLES, isArray: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(CUSTOMER_ROLES, { each: true })
  roles?: CustomerRole[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'trade-show' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  source?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '制造业' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  industry?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '华东' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  region?: string | null;

  @OptionalList(PhoneInputDto)
  phones?: PhoneInputDto[];

  @OptionalList(EmailDto)
  emails?: EmailDto[];

  @OptionalList(AddressDto)
  addresses?: AddressDto[];

  @OptionalList(ImHandleDto)
  imHandles?: ImHandleDto[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://huateng.example.cn' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  website?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Company: registration / tax id (统一社会信用代码).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  taxId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date',
    description: 'Company: founding date.',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  foundedOn?: string | null;

  @ApiPropertyOptional({ enum: COMPANY_SIZES, description: 'Company: employees.', nullable: true })
  @IsOptional()
  @IsIn(COMPANY_SIZES)
  companySize?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '12000000.00',
    description: 'Company: annual revenue (financial).',
  })
  @IsOptional()
  @IsNumberString(MONEY)
  @MaxLength(20)
  annualRevenue?: string | null;

  @ApiPropertyOptional({ enum: GENDERS, description: 'Person.', nullable: true })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date',
    description: 'Person: birth date (age is derived).',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  birthDate?: string | null;

  @ApiPropertyOptional({ enum: MARITAL_STATUSES, description: 'Person.', nullable: true })
  @IsOptional()
  @IsIn(MARITAL_STATUSES)
  maritalStatus?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Person: occupation.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  occupation?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '500000.00',
    description: 'Credit limit (financial).',
  })
  @IsOptional()
  @IsNumberString(MONEY)
  @MaxLength(20)
  creditLimit?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'NET30',
    description: 'Payment terms (financial).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  paymentTerms?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Bank account (financial).' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  bankAccount?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;

  @ApiPropertyOptional({ description: 'The owner shares the customer with their team.' })
  @OptionalNotNull()
  @IsBoolean()
  sharedWithTeam?: boolean;

  @CustomFieldValuesInput()
  customFields?: Record<string, unknown> | null;
}

export class CreateCustomerRequest extends CustomerFieldsRequest {
  @ApiProperty({ enum: CUSTOMER_KINDS })
  @IsIn(CUSTOMER_KINDS)
  kind!: CustomerKind;

  @ApiProperty({ example: '上海华腾科技有限公司' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Default: the caller. A sales rep may only own.',
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the owner’s first team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

/**
 * The create request's fields, each optional; `kind` never changes, and owner and team
 * change by a transfer. Left out, a field stays; null clears only the fields that take it.
 */
export class UpdateCustomerRequest extends PartialType(
  OmitType(CreateCustomerRequest, ['kind', 'ownerId', 'teamId'] as const),
  { skipNullProperties: false },
) {}
