import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { AddressDto, EmailDto, ImHandleDto, PhoneDto } from './contact-point.dto';
import { OptionalList } from '../../common/http/optional-list.decorator';

export const COMPANY_SIZES = ['1-9', '10-49', '50-199', '200-999', '1000+'] as const;
export const GENDERS = ['female', 'male', 'other'] as const;
export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed', 'other'] as const;

/** Fields only a company or only a person has; the other kind is refused them. */
export const COMPANY_ONLY_FIELDS = ['taxId', 'foundedOn', 'companySize', 'annualRevenue'] as const;
export const PERSON_ONLY_FIELDS = ['gender', 'birthDate', 'maritalStatus', 'occupation'] as const;

const MONEY = { no_symbols: false } as const;

/** Everything that can be edited on a customer; `kind`, owner and team are set apart. */
export class CustomerFieldsRequest {
  @ApiPropertyOptional({ example: '上海华腾科技有限公司' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_TIERS })
  @IsOptional()
  @IsIn(CUSTOMER_TIERS)
  tier?: CustomerTier;

  @ApiPropertyOptional({ enum: CUSTOMER_ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(CUSTOMER_ROLES, { each: true })
  roles?: CustomerRole[];

  @ApiPropertyOptional({ example: 'trade-show' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  source?: string;

  @ApiPropertyOptional({ example: '制造业' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  industry?: string;

  @ApiPropertyOptional({ example: '华东' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  region?: string;

  @OptionalList(PhoneDto)
  phones?: PhoneDto[];

  @OptionalList(EmailDto)
  emails?: EmailDto[];

  @OptionalList(AddressDto)
  addresses?: AddressDto[];

  @OptionalList(ImHandleDto)
  imHandles?: ImHandleDto[];

  @ApiPropertyOptional({ example: 'https://huateng.example.cn' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  website?: string;

  @ApiPropertyOptional({ description: 'Company: registration / tax id (统一社会信用代码).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  taxId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Company: founding date.' })
  @IsOptional()
  @IsDateString({ strict: true })
  foundedOn?: string;

  @ApiPropertyOptional({ enum: COMPANY_SIZES, description: 'Company: employees.' })
  @IsOptional()
  @IsIn(COMPANY_SIZES)
  companySize?: string;

  @ApiPropertyOptional({
    example: '12000000.00',
    description: 'Company: annual revenue (financial).',
  })
  @IsOptional()
  @IsNumberString(MONEY)
  @MaxLength(20)
  annualRevenue?: string;

  @ApiPropertyOptional({ enum: GENDERS, description: 'Person.' })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Person: birth date (age is derived).' })
  @IsOptional()
  @IsDateString({ strict: true })
  birthDate?: string;

  @ApiPropertyOptional({ enum: MARITAL_STATUSES, description: 'Person.' })
  @IsOptional()
  @IsIn(MARITAL_STATUSES)
  maritalStatus?: string;

  @ApiPropertyOptional({ description: 'Person: occupation.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  occupation?: string;

  @ApiPropertyOptional({ example: '500000.00', description: 'Credit limit (financial).' })
  @IsOptional()
  @IsNumberString(MONEY)
  @MaxLength(20)
  creditLimit?: string;

  @ApiPropertyOptional({ example: 'NET30', description: 'Payment terms (financial).' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  paymentTerms?: string;

  @ApiPropertyOptional({ description: 'Bank account (financial).' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  bankAccount?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string;

  @ApiPropertyOptional({ description: 'The owner shares the customer with their team.' })
  @IsOptional()
  @IsBoolean()
  sharedWithTeam?: boolean;
}

export class CreateCustomerRequest extends CustomerFieldsRequest {
  @ApiProperty({ enum: CUSTOMER_KINDS })
  @IsIn(CUSTOMER_KINDS)
  kind!: CustomerKind;

  @ApiProperty({ example: '上海华腾科技有限公司' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  declare name: string;

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

export class UpdateCustomerRequest extends CustomerFieldsRequest {}
