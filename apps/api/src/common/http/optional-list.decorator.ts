import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { OptionalNotNull } from './optional-not-null.decorator';

/**
 * An optional list of nested objects, each validated as `itemType`, at most `max` long.
 * An empty list clears it; null is refused.
 */
export function OptionalList(itemType: ClassType, max = 10) {
  return applyDecorators(
    ApiPropertyOptional({ type: [itemType], maxItems: max }),
    OptionalNotNull(),
    IsArray(),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(() => itemType),
  );
}
