import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { NameText, OptionalLongText } from '../../common/http/text-fields.decorator';
import { UuidList } from '../../common/http/uuid-list.decorator';
import { NamedRef } from '../../customers/dto/customer.dto';
import { ListCustomersQuery } from '../../customers/dto/list-customers-query.dto';
import { CustomFieldFilterObject } from '../../custom-fields/custom-field-params';
import { SEGMENT_KINDS, type Segment, type SegmentKind } from '../entities/segment.entity';

export const MAX_MEMBERS_PER_REQUEST = 1000;

/** The filters of GET /customers, validated by the same rules, stored by a dynamic segment. */
export class SegmentFilter extends OmitType(ListCustomersQuery, [
  'limit',
  'cursor',
  'sort',
  'segmentId',
  'cf',
] as const) {
  @CustomFieldFilterObject('customers')
  cf?: Record<string, string | string[]>;
}

export class SegmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '高价值客户 High value' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ enum: SEGMENT_KINDS }) kind!: SegmentKind;
  @ApiProperty({
    type: SegmentFilter,
    nullable: true,
    description: 'A dynamic segment’s filters; null for a static one.',
  })
  filter!: SegmentFilter | null;
  @ApiProperty({ format: 'uuid', description: 'Its creator (a user or an API key).' })
  ownerId!: string;
  @ApiProperty({ type: NamedRef, nullable: true, description: 'The creator, when a user.' })
  owner!: NamedRef | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class SegmentListResponse {
  @ApiProperty({ type: [SegmentResponse] }) items!: SegmentResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CreateSegmentRequest {
  @NameText(120, { example: '高价值客户 High value' })
  name!: string;

  @OptionalLongText()
  description?: string | null;

  @ApiProperty({
    enum: SEGMENT_KINDS,
    description: 'static: a list of members; dynamic: saved filters. Fixed once created.',
  })
  @IsIn(SEGMENT_KINDS)
  kind!: SegmentKind;

  @ApiPropertyOptional({
    type: SegmentFilter,
    description:
      'Dynamic segments only (required there): the GET /customers filters it selects by.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SegmentFilter)
  filter?: SegmentFilter;
}

export class UpdateSegmentRequest extends PartialType(
  OmitType(CreateSegmentRequest, ['kind'] as const),
) {}

export class SegmentMembersRequest {
  @UuidList({ max: MAX_MEMBERS_PER_REQUEST, nonEmpty: true })
  customerIds!: string[];
}

export class SegmentMembersAddedResponse {
  @ApiProperty({ description: 'Customers that were not members before.' }) added!: number;
}

export class SegmentMembersRemovedResponse {
  @ApiProperty({ description: 'Customers that were members.' }) removed!: number;
}

export class SegmentCountResponse {
  @ApiProperty({ description: 'Members the caller may read (live customers only).' })
  count!: number;
}

const SORTS = ['name', '-name', 'createdAt', '-createdAt'];

export class ListSegmentsQuery extends ListQueryDto {
  @ApiPropertyOptional({ enum: SEGMENT_KINDS })
  @IsOptional()
  @IsIn(SEGMENT_KINDS)
  kind?: SegmentKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Segments created by this user.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ enum: SORTS, default: 'name' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

export function toSegmentResponse(segment: Segment): SegmentResponse {
  return {
    id: segment.id,
    name: segment.name,
    description: segment.description,
    kind: segment.kind,
    filter: segment.filter,
    ownerId: segment.ownerId,
    owner: segment.owner ? { id: segment.owner.id, name: segment.owner.name } : null,
    version: segment.version,
    createdAt: segment.createdAt.toISOString(),
    updatedAt: segment.updatedAt.toISOString(),
  };
}
