import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { stackedDecorators } from './stacked-decorators';

export const MAX_LONG_TEXT = 2000;

/** A record's required name: text that is not blank, at most `maxLength` characters. */
export function NameText(maxLength: number, doc: ApiPropertyOptions) {
  return stackedDecorators(
    ApiProperty(doc),
    IsString(),
    Matches(/\S/, { message: 'name must not be blank' }),
    MaxLength(maxLength),
  );
}

/** Optional free text (a description, notes): null clears it, at most 2,000 characters. */
export function OptionalLongText() {
  return stackedDecorators(
    ApiPropertyOptional({ type: String, nullable: true }),
    IsOptional(),
    IsString(),
    MaxLength(MAX_LONG_TEXT),
  );
}

/** Optional text of at most `maxLength` characters; left out when not known. */
export function OptionalText(maxLength: number, doc: ApiPropertyOptions = {}) {
  return stackedDecorators(
    ApiPropertyOptional(doc),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );
}
