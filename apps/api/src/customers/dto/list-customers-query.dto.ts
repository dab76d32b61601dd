import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import {
  CUSTOMER_KINDS,
  CUSTOMER_ROLES,
  CUSTOMER_TIERS,
  type CustomerKind,
  type CustomerRole,
  type CustomerTier,
} from '../entities/customer.entity';
import {
  OptionalDateTime,
  OptionalOneOf,
  OptionalUuid,
} from '../../common/http/optional-fields.decorator';
import { OptionalText } from '../../common/http/text-fields.decorator';
import { CustomFieldParams, OptionalListSort } from '../../custom-fields/custom-field-params';

export const CUSTOMER_SORTS = [
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'name',
  '-name',
  'number',
  '-number',
];

/** A query parameter that may be repeated (`tagId=a&tagId=b`): one value becomes a list. */
const RepeatableQuery = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value));

/** Every filter is an indexed column; `q` searches name, number, phones and emails. */
export class ListCustomersQuery extends ListQueryDto {
  @OptionalOneOf(CUSTOMER_KINDS)
  kind?: CustomerKind;
  @OptionalOneOf(CUSTOMER_TIERS)
  tier?: CustomerTier;
  @OptionalOneOf(CUSTOMER_ROLES)
  role?: CustomerRole;
  @OptionalUuid() ownerId?: string;
  @OptionalUuid() teamId?: string;
  @OptionalText(80) industry?: string;
  @OptionalText(80) region?: string;
  @OptionalDateTime() createdFrom?: string;
  @OptionalDateTime() createdTo?: string;
  @OptionalDateTime() updatedFrom?: string;
  @OptionalDateTime() updatedTo?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    maxItems: 20,
    description: 'Customers carrying every one of these tags (AND). Repeat: tagId=…&tagId=….',
  })
  @IsOptional()
  @RepeatableQuery()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  tagId?: string[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    maxItems: 20,
    description: 'Customers carrying at least one of these tags (OR). Combines with tagId.',
  })
  @IsOptional()
  @RepeatableQuery()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  anyTagId?: string[];

  @OptionalUuid({
    description:
      'Members of this segment the caller may read (a static list, or a dynamic segment’s stored filters). 400 if the caller may not read the segment.',
  })
  segmentId?: string;

  @CustomFieldParams('customers')
  cf?: Record<string, string | string[]>;

  @OptionalListSort(CUSTOMER_SORTS, '-createdAt')
  sort?: string;
}

/** The list's filters without paging: what a dynamic segment stores and applies. */
export type CustomerFilter = Omit<ListCustomersQuery, 'limit' | 'cursor' | 'sort' | 'segmentId'>;
