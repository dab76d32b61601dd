import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy } from '../authz/policy.decorator';
import { ApiIfMatch } from '../common/http/api-if-match.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { IfMatchVersion, setLocation, UuidParam } from '../common/http/request-params';
import { ApiIdempotencyKey } from '../common/idempotency/api-idempotency-key.decorator';
import {
  CreateTeamRequest,
  ListTeamsQuery,
  TeamListResponse,
  TeamResponse,
  UpdateTeamRequest,
} from './dto/team.dto';
import { TeamsService } from './teams.service';

@ApiTags('teams')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @Policy('read', 'Team')
  @ApiOkResponse({ type: TeamListResponse })
  @ApiOperation({
    summary: 'List teams',
    description:
      "The teams the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A manager sees the records of the teams they manage.",
  })
  list(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ListTeamsQuery,
  ): Promise<TeamListResponse> {
    return this.teams.list(auth, query);
  }

  @Post()
  @Policy('create', 'Team')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: TeamResponse })
  @ApiProblems(409)
  @ApiOperation({
    summary: 'Create a team',
    description:
      'Creates a team and answers it, with its address in the Location header. A manager sees the records of the teams they manage.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateTeamRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TeamResponse> {
    const team = await this.teams.create(auth, body);
    setLocation(reply, `teams/${team.id}`);
    return team;
  }

  @Get(':id')
  @Policy('read', 'Team')
  @ApiOkResponse({ type: TeamResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Get a team',
    description:
      'One team by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.',
  })
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TeamResponse> {
    return this.teams.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'Team')
  @ApiIfMatch()
  @ApiOkResponse({ type: TeamResponse })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Update a team',
    description:
      'Changes only the fields sent. Send the version you read as If-Match: if someone changed the team since, nothing is written and the answer is 412.',
  })
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateTeamRequest,
  ): Promise<TeamResponse> {
    return this.teams.update(auth, id, version, body);
  }

  @Delete(':id')
  @Policy('delete', 'Team')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted (soft).' })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Delete a team',
    description:
      'Soft-deletes the team: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.teams.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('restore', 'Team')
  @HttpCode(200)
  @ApiOkResponse({ type: TeamResponse })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Restore a deleted team',
    description:
      'Brings back a soft-deleted team as it was; 409 when it would now clash with another record.',
  })
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TeamResponse> {
    return this.teams.restore(auth, id);
  }
}
