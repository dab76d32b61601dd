import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsUUID,
} from 'class-validator';
import { stackedDecorators } from './stacked-decorators';

export interface UuidListOptions {
  /** At most this many ids. */
  max: number;
  /** At least one id (an empty list is refused). */
  nonEmpty?: boolean;
  /** The field may be left out. */
  optional?: boolean;
  description?: string;
}

/** A request body's list of distinct ids. */
export function UuidList({
  max,
  nonEmpty = false,
  optional = false,
  description,
}: UuidListOptions) {
  const doc = {
    type: String,
    format: 'uuid',
    isArray: true,
    ...(nonEmpty ? { minItems: 1 } : {}),
    maxItems: max,
    ...(description === undefined ? {} : { description }),
  };
  return stackedDecorators(
    ...(optional ? [ApiPropertyOptional(doc), IsOptional()] : [ApiProperty(doc)]),
    IsArray(),
    ...(nonEmpty ? [ArrayMinSize(1)] : []),
    ArrayMaxSize(max),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );
}
