import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { NameText } from '../../common/http/text-fields.decorator';
import type { Tag } from '../entities/tag.entity';

export class TagResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) groupId!: string;
  @ApiProperty({ example: '华东 East China' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: '#1677ff' }) color!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TagListResponse {
  @ApiProperty({ type: [TagResponse] }) items!: TagResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CreateTagRequest {
  @ApiProperty({ format: 'uuid', description: 'A live tag group.' })
  @IsUUID()
  groupId!: string;

  @NameText(80, { example: '华东 East China', description: 'Unique within its group.' })
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '#1677ff' })
  @IsOptional()
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'color must be #rrggbb' })
  color?: string | null;
}

export class UpdateTagRequest extends PartialType(CreateTagRequest) {}

const SORTS = ['name', '-name', 'createdAt', '-createdAt'];

export class ListTagsQuery extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the tags of this group.' })
  @IsOptional()
  @IsUUID()
  groupId?: string;

  @ApiPropertyOptional({ enum: SORTS, default: 'name' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

export function toTagResponse(tag: Tag): TagResponse {
  return {
    id: tag.id,
    groupId: tag.groupId,
    name: tag.name,
    color: tag.color,
    version: tag.version,
    createdAt: tag.createdAt.toISOString(),
    updatedAt: tag.updatedAt.toISOString(),
  };
}
