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

  @GetRecordRoute('a tag', TagResponse)
  @Policy('read', 'Tag')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagResponse> {
    return this.tags.get(auth, id);
  }

  @PatchRecordRoute('a tag', TagResponse, { conflict: true })
  @Policy('update', 'Tag')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateTagRequest,
  ): Promise<TagResponse> {
    return this.tags.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a tag', {
    deleted:
      'Deleted (soft): it leaves every customer response and filter; restore brings it back.',
  })
  @Policy('delete', 'Tag')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.tags.remove(auth, id, version);
  }

  @RestoreRecordRoute('a tag', TagResponse, { conflict: true })
  @Policy('restore', 'Tag')
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagResponse> {
    return this.tags.restore(auth, id);
  }
}
