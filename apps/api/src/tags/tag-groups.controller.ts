import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
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
  CreateTagGroupRequest,
  ListTagGroupsQuery,
  TagGroupListResponse,
  TagGroupResponse,
  UpdateTagGroupRequest,
} from './dto/tag-group.dto';
import { TagGroupsService } from './tag-groups.service';

@ApiTags('tags')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('tag-groups')
export class TagGroupsController {
  constructor(private readonly groups: TagGroupsService) {}

  @Get()
  @Policy('read', 'Tag')
  @ApiOkResponse({ type: TagGroupListResponse })
  list(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ListTagGroupsQuery,
  ): Promise<TagGroupListResponse> {
    return this.groups.list(auth, query);
  }

  @Post()
  @Policy('create', 'Tag')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: TagGroupResponse })
  @ApiProblems(409)
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateTagGroupRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TagGroupResponse> {
    const group = await this.groups.create(auth, body);
    setLocation(reply, `tag-groups/${group.id}`);
    return group;
  }

  @Get(':id')
  @Policy('read', 'Tag')
  @ApiOkResponse({ type: TagGroupResponse })
  @ApiProblems(404)
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagGroupResponse> {
    return this.groups.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'Tag')
  @ApiIfMatch()
  @ApiOkResponse({ type: TagGroupResponse })
  @ApiProblems(404, 409)
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateTagGroupRequest,
  ): Promise<TagGroupResponse> {
    return this.groups.update(auth, id, version, body);
  }

  @Delete(':id')
  @Policy('delete', 'Tag')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({
    description: 'Deleted (soft). Built-in groups and groups that still have tags: 409.',
  })
  @ApiProblems(404, 409)
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.groups.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('restore', 'Tag')
  @HttpCode(200)
  @ApiOkResponse({ type: TagGroupResponse })
  @ApiProblems(404, 409)
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagGroupResponse> {
    return this.groups.restore(auth, id);
  }
}
