import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';

export class ListAuditQueryDto extends ListQueryDto {
  @ApiPropertyOptional({
    example: 'user',
    description: 'The kind of record, e.g. user, team, customer.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entity?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: string;
}
