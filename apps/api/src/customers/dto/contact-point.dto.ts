import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export const PHONE_TYPES = ['mobile', 'work', 'home', 'fax', 'other'] as const;
export const EMAIL_TYPES = ['work', 'personal', 'other'] as const;
export const ADDRESS_TYPES = ['office', 'billing', 'shipping', 'home', 'other'] as const;
export const IM_TYPES = ['wechat', 'qq', 'dingtalk', 'whatsapp', 'other'] as const;

export class PhoneDto {
  @ApiProperty({ enum: PHONE_TYPES }) @IsIn(PHONE_TYPES) type!: string;
  @ApiProperty({ example: '+86 138 0013 8000' })
  @IsString()
  @MinLength(3)
  @MaxLength(40)
  value!: string;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() primary?: boolean;
}

export class EmailDto {
  @ApiProperty({ enum: EMAIL_TYPES }) @IsIn(EMAIL_TYPES) type!: string;
  @ApiProperty({ example: 'li.ming@example.com' })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  value!: string;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() primary?: boolean;
}

export class AddressDto {
  @ApiProperty({ enum: ADDRESS_TYPES }) @IsIn(ADDRESS_TYPES) type!: string;
  @ApiPropertyOptional({ example: '中国' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  country?: string;
  @ApiPropertyOptional({ example: '上海市' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  province?: string;
  @ApiPropertyOptional({ example: '上海市' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  city?: string;
  @ApiPropertyOptional({ example: '浦东新区' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  district?: string;
  @ApiPropertyOptional({ example: '张江路 88 号' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  street?: string;
  @ApiPropertyOptional({ example: '201203' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  postalCode?: string;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() primary?: boolean;
}

export class ImHandleDto {
  @ApiProperty({ enum: IM_TYPES }) @IsIn(IM_TYPES) type!: string;
  @ApiProperty({ example: 'liming_sh' }) @IsString() @MinLength(1) @MaxLength(100) value!: string;
}
