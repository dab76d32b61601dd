import { inferPhoneType, parsePhone } from '@kehu/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Expose, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateBy,
} from 'class-validator';
import { stackedDecorators } from '../../common/http/stacked-decorators';
import { OptionalText } from '../../common/http/text-fields.decorator';

export const PHONE_TYPES = ['mobile', 'work', 'home', 'fax', 'other'] as const;
export const EMAIL_TYPES = ['work', 'personal', 'other'] as const;
export const ADDRESS_TYPES = ['office', 'billing', 'shipping', 'home', 'other'] as const;
export const IM_TYPES = ['wechat', 'qq', 'dingtalk', 'whatsapp', 'other'] as const;

/** A phone number as typed: 3 to 40 characters. */
function PhoneText() {
  return stackedDecorators(
    ApiProperty({ example: '+86 138 0013 8000' }),
    IsString(),
    MinLength(3),
    MaxLength(40),
  );
}

/** Whether this is the record's main phone, email or address. */
function PrimaryFlag() {
  return stackedDecorators(ApiPropertyOptional({ default: false }), IsOptional(), IsBoolean());
}

export class PhoneDto {
  @ApiProperty({ enum: PHONE_TYPES }) @IsIn(PHONE_TYPES) type!: string;
  @PhoneText() value!: string;
  @PrimaryFlag() primary?: boolean;
}

/** A phone number its country's numbering plan knows (libphonenumber-js; China by default). */
function IsPhoneNumber() {
  return ValidateBy({
    name: 'isPhoneNumber',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && parsePhone(value)?.valid === true,
      defaultMessage: (args) =>
        `${args?.property ?? 'value'} is not a valid phone number (a mobile such as 138 0013 8000, a landline with its area code such as 021-5555 0100, or +country code and number)`,
    },
  });
}

const PHONE_TYPE_DESCRIPTION =
  'When left out, inferred from the number: `mobile` for a mobile number (in China 1[3-9]…), `work` for a landline or service number.';

/** The type given, else the one the number suggests (left out when it suggests none). */
function typeOrInferred({ value, obj }: { value: unknown; obj: { value?: unknown } }): unknown {
  if (value !== undefined && value !== null) return value;
  return typeof obj.value === 'string' ? (inferPhoneType(obj.value) ?? undefined) : undefined;
}

/** A phone as a record being written carries it: a valid number, its type optional. */
export class PhoneInputDto {
  @ApiPropertyOptional({ enum: PHONE_TYPES, description: PHONE_TYPE_DESCRIPTION })
  @Expose()
  @Transform(typeOrInferred)
  @IsOptional()
  @IsIn(PHONE_TYPES)
  type?: string;
  @PhoneText() @IsPhoneNumber() value!: string;
  @PrimaryFlag() primary?: boolean;
}

/**
 * A phone of a draft being checked for duplicates while it is typed: any text, an
 * unfinished number included; the type does not matter to the check.
 */
export class DraftPhoneDto {
  @ApiPropertyOptional({ enum: PHONE_TYPES }) @IsOptional() @IsIn(PHONE_TYPES) type?: string;
  @PhoneText() value!: string;
  @PrimaryFlag() primary?: boolean;
}

export class EmailDto {
  @ApiProperty({ enum: EMAIL_TYPES }) @IsIn(EMAIL_TYPES) type!: string;
  @ApiProperty({ example: 'li.ming@example.com' })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  value!: string;
  @PrimaryFlag() primary?: boolean;
}

export class AddressDto {
  @ApiProperty({ enum: ADDRESS_TYPES }) @IsIn(ADDRESS_TYPES) type!: string;
  @OptionalText(60, { example: '中国' }) country?: string;
  @OptionalText(60, { example: '上海市' }) province?: string;
  @OptionalText(60, { example: '上海市' }) city?: string;
  @OptionalText(60, { example: '浦东新区' }) district?: string;
  @OptionalText(200, { example: '张江路 88 号' }) street?: string;
  @OptionalText(20, { example: '201203' }) postalCode?: string;
  @PrimaryFlag() primary?: boolean;
}

export class ImHandleDto {
  @ApiProperty({ enum: IM_TYPES }) @IsIn(IM_TYPES) type!: string;
  @ApiProperty({ example: 'liming_sh' }) @IsString() @MinLength(1) @MaxLength(100) value!: string;
}
