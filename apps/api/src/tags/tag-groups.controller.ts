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
  @ApiOperation({
    summary: 'List tag groups',
    description:
      "The tag groups the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A tag group gathers related tags; it can allow only one of its tags per customer.",
  })
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
  @ApiOperation({
    summary: 'Create a tag group',
    description:
      'Creates a tag group and answers it, with its address in the Location header. A tag group gathers related tags; it can allow only one of its tags per customer.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateTagGroupRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TagGroupResponse> {
    const group = await this.groups.create(auth, body);
    setLocation(reply, `tag-groups/${group.id}`);
    return group;
  }

  @GetRecordRoute('a tag group', TagGroupResponse)
  @Policy('read', 'Tag')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagGroupResponse> {
    return this.groups.get(auth, id);
  }

  @PatchRecordRoute('a tag group', TagGroupResponse, { conflict: true })
  @Policy('update', 'Tag')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateTagGroupRequest,
  ): Promise<TagGroupResponse> {
    return this.groups.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a tag group', {
    conflict: true,
    deleted: 'Deleted (soft). Built-in groups and groups that still have tags: 409.',
  })
  @Policy('delete', 'Tag')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.groups.remove(auth, id, version);
  }

  @RestoreRecordRoute('a tag group', TagGroupResponse, { conflict: true })
  @Policy('restore', 'Tag')
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagGroupResponse> {
    return this.groups.restore(auth, id);
  }
}
