import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { NamedListQueryDto } from '../../common/http/list-query.dto';
import { OptionalLongText } from '../../common/http/text-fields.decorator';
import type { Team } from '../entities/team.entity';

export class TeamResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'East' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TeamListResponse {
  @ApiProperty({ type: [TeamResponse] }) items!: TeamResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CreateTeamRequest {
  @ApiProperty({ example: 'East' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @OptionalLongText()
  description?: string | null;
}

export class UpdateTeamRequest extends PartialType(CreateTeamRequest) {}

export class ListTeamsQuery extends NamedListQueryDto {}

export function toTeamResponse(team: Team): TeamResponse {
  return {
    id: team.id,
    name: team.name,
    description: team.description,
    version: team.version,
    createdAt: team.createdAt.toISOString(),
    updatedAt: team.updatedAt.toISOString(),
  };
}
