import { ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsUUID } from 'class-validator';
import { stackedDecorators } from './stacked-decorators';

type FieldDoc = Omit<ApiPropertyOptions, 'enum' | 'format'>;

/** An optional field (a filter, most often) that takes one of `values`. */
export function OptionalOneOf(values: readonly string[], doc: FieldDoc = {}) {
  return stackedDecorators(
    ApiPropertyOptional({ enum: values, ...doc } as ApiPropertyOptions),
    IsOptional(),
    IsIn(values),
  );
}

/** An optional id. */
export function OptionalUuid(doc: FieldDoc = {}) {
  return stackedDecorators(
    ApiPropertyOptional({ format: 'uuid', ...doc } as ApiPropertyOptions),
    IsOptional(),
    IsUUID(),
  );
}

/** An optional ISO 8601 date and time. */
export function OptionalDateTime(doc: FieldDoc = {}) {
  return stackedDecorators(
    ApiPropertyOptional({ format: 'date-time', ...doc } as ApiPropertyOptions),
    IsOptional(),
    IsDateString(),
  );
}
