import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/keyset';

/** The query parameters every list shares: page size, cursor and free-text search. */
export class ListQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Search text.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

const NAMED_LIST_SORTS = ['name', '-name', 'createdAt', '-createdAt'];

/** A list of named records: sorted by name (the default) or by creation time. */
export class NamedListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: NAMED_LIST_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(NAMED_LIST_SORTS)
  sort?: string;
}
