import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@kehu/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import type { User } from '../entities/user.entity';

export class ListUserDirectoryQuery extends ListQueryDto {
  @ApiPropertyOptional({ enum: ROLES, description: 'Only people with this role.' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only members of this team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

export class DirectoryTeamResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'East' }) name!: string;
}

/** A colleague as pickers show them: no email, login or account details. */
export class DirectoryUserResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '李明' }) name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: [DirectoryTeamResponse] }) teams!: DirectoryTeamResponse[];
}

export class UserDirectoryResponse {
  @ApiProperty({ type: [DirectoryUserResponse] }) items!: DirectoryUserResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** Teams must be loaded (live ones only). */
export function toDirectoryUserResponse(user: User): DirectoryUserResponse {
  return {
    id: user.id,
    name: user.name,
    roles: user.roles,
    teams: (user.teams ?? []).map((team) => ({ id: team.id, name: team.name })),
  };
}
