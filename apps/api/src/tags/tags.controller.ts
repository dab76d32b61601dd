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
  list(@CurrentAuth() auth: AuthContext, @Query() query: ListTagsQuery): Promise<TagListResponse> {
    return this.tags.list(auth, query);
  }

  @Post()
  @Policy('create', 'Tag')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: TagResponse })
  @ApiProblems(409)
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
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagResponse> {
    return this.tags.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'Tag')
  @ApiIfMatch()
  @ApiOkResponse({ type: TagResponse })
  @ApiProblems(404, 409)
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
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<TagResponse> {
    return this.tags.restore(auth, id);
  }
}
