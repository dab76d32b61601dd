import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';

/** An optional list of nested objects, each validated as `itemType`, at most `max` long. */
export function OptionalList(itemType: ClassType, max = 10) {
  return applyDecorators(
    ApiPropertyOptional({ type: [itemType], maxItems: max }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(() => itemType),
  );
}
