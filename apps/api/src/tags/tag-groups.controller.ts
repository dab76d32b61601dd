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

  @Get(':id')
  @Policy('read', 'Tag')
  @ApiOkResponse({ type: TagGroupResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Get a tag group',
    description:
      'One tag group by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.',
  })
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagGroupResponse> {
    return this.groups.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'Tag')
  @ApiIfMatch()
  @ApiOkResponse({ type: TagGroupResponse })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Update a tag group',
    description:
      'Changes only the fields sent. Send the version you read as If-Match: if someone changed the tag group since, nothing is written and the answer is 412.',
  })
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
  @ApiOperation({
    summary: 'Delete a tag group',
    description:
      'Soft-deletes the tag group: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
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
  @ApiOperation({
    summary: 'Restore a deleted tag group',
    description:
      'Brings back a soft-deleted tag group as it was; 409 when it would now clash with another record.',
  })
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagGroupResponse> {
    return this.groups.restore(auth, id);
  }
}
