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
  CreateTagRequest,
  ListTagsQuery,
  TagListResponse,
  TagResponse,
  UpdateTagRequest,
} from './dto/tag.dto';
import { TagsService } from './tags.service';

@ApiTags('tags')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('tags')
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Get()
  @Policy('read', 'Tag')
  @ApiOkResponse({ type: TagListResponse })
  @ApiOperation({
    summary: 'List tags',
    description:
      "The tags the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. Tags label customers; lists and segments can filter by them.",
  })
  list(@CurrentAuth() auth: AuthContext, @Query() query: ListTagsQuery): Promise<TagListResponse> {
    return this.tags.list(auth, query);
  }

  @Post()
  @Policy('create', 'Tag')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: TagResponse })
  @ApiProblems(409)
  @ApiOperation({
    summary: 'Create a tag',
    description:
      'Creates a tag and answers it, with its address in the Location header. Tags label customers; lists and segments can filter by them.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateTagRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TagResponse> {
    const tag = await this.tags.create(auth, body);
    setLocation(reply, `tags/${tag.id}`);
    return tag;
  }

  @Get(':id')
  @Policy('read', 'Tag')
  @ApiOkResponse({ type: TagResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Get a tag',
    description:
      'One tag by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.',
  })
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagResponse> {
    return this.tags.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'Tag')
  @ApiIfMatch()
  @ApiOkResponse({ type: TagResponse })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Update a tag',
    description:
      'Changes only the fields sent. Send the version you read as If-Match: if someone changed the tag since, nothing is written and the answer is 412.',
  })
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateTagRequest,
  ): Promise<TagResponse> {
    return this.tags.update(auth, id, version, body);
  }

  @Delete(':id')
  @Policy('delete', 'Tag')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({
    description:
      'Deleted (soft): it leaves every customer response and filter; restore brings it back.',
  })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Delete a tag',
    description:
      'Soft-deletes the tag: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.tags.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('restore', 'Tag')
  @HttpCode(200)
  @ApiOkResponse({ type: TagResponse })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Restore a deleted tag',
    description:
      'Brings back a soft-deleted tag as it was; 409 when it would now clash with another record.',
  })
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagResponse> {
    return this.tags.restore(auth, id);
  }
}
