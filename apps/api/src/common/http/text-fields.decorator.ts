import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const MAX_LONG_TEXT = 2000;

/** A record's required name: text that is not blank, at most `maxLength` characters. */
export function NameText(maxLength: number, doc: ApiPropertyOptions) {
  return applyDecorators(
    ApiProperty(doc),
    IsString(),
    Matches(/\S/, { message: 'name must not be blank' }),
    MaxLength(maxLength),
  );
}

/** Optional free text (a description, notes): null clears it, at most 2,000 characters. */
export function OptionalLongText() {
  return applyDecorators(
    ApiPropertyOptional({ type: String, nullable: true }),
    IsOptional(),
    IsString(),
    MaxLength(MAX_LONG_TEXT),
  );
}
