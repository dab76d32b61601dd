import { ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@kehu/domain';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { BooleanQuery } from '../../common/http/boolean-query';
import { ListQueryDto } from '../../common/http/list-query.dto';

const SORTS = ['createdAt', '-createdAt', 'name', '-name', 'email', '-email'];

export class ListUsersQuery extends ListQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: SORTS, default: '-createdAt' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}
