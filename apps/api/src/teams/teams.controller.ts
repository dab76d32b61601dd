import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy } from '../authz/policy.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { IfMatchVersion, setLocation, UuidParam } from '../common/http/request-params';
import {
  DeleteRecordRoute,
  GetRecordRoute,
  PatchRecordRoute,
  RestoreRecordRoute,
} from '../common/http/record-routes.decorator';
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

  @GetRecordRoute('a team', TeamResponse)
  @Policy('read', 'Team')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TeamResponse> {
    return this.teams.get(auth, id);
  }

  @PatchRecordRoute('a team', TeamResponse, { conflict: true })
  @Policy('update', 'Team')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateTeamRequest,
  ): Promise<TeamResponse> {
    return this.teams.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a team', { deleted: 'Deleted (soft).' })
  @Policy('delete', 'Team')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.teams.remove(auth, id, version);
  }

  @RestoreRecordRoute('a team', TeamResponse, { conflict: true })
  @Policy('restore', 'Team')
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TeamResponse> {
    return this.teams.restore(auth, id);
  }
}
