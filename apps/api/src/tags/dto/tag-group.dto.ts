import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { NamedListQueryDto } from '../../common/http/list-query.dto';
import { NameText, OptionalLongText } from '../../common/http/text-fields.decorator';
import type { TagGroup } from '../entities/tag-group.entity';

export class TagGroupResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'geography', description: 'Stable; never changes.' }) key!: string;
  @ApiProperty({ example: '地域' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ description: 'Shipped with the product: may be renamed, not deleted.' })
  builtIn!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TagGroupListResponse {
  @ApiProperty({ type: [TagGroupResponse] }) items!: TagGroupResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CreateTagGroupRequest {
  @ApiProperty({ example: 'channel', description: 'Lower-case letters, digits and dashes.' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,59}$/, {
    message: 'key must be 2–60 lower-case letters, digits or dashes, starting with a letter',
  })
  key!: string;

  @NameText(120, { example: '渠道 Channel' })
  name!: string;

  @OptionalLongText()
  description?: string | null;
}

export class UpdateTagGroupRequest extends PartialType(
  OmitType(CreateTagGroupRequest, ['key'] as const),
) {}

export class ListTagGroupsQuery extends NamedListQueryDto {}

export function toTagGroupResponse(group: TagGroup): TagGroupResponse {
  return {
    id: group.id,
    key: group.key,
    name: group.name,
    description: group.description,
    builtIn: group.builtIn,
    version: group.version,
    createdAt: group.createdAt.toISOString(),
    updatedAt: group.updatedAt.toISOString(),
  };
}
