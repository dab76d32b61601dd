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
  CreateSegmentRequest,
  ListSegmentsQuery,
  SegmentCountResponse,
  SegmentListResponse,
  SegmentMembersAddedResponse,
  SegmentMembersRemovedResponse,
  SegmentMembersRequest,
  SegmentResponse,
  UpdateSegmentRequest,
} from './dto/segment.dto';
import { SegmentsService } from './segments.service';

/** Members are listed by GET /customers?segmentId=…, with every customer filter and sort. */
@ApiTags('segments')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('segments')
export class SegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Get()
  @Policy('read', 'Segment')
  @ApiOkResponse({
    type: SegmentListResponse,
    description: 'The caller’s own segments; marketers and admins see all.',
  })
  list(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ListSegmentsQuery,
  ): Promise<SegmentListResponse> {
    return this.segments.list(auth, query);
  }

  @Post()
  @Policy('create', 'Segment')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: SegmentResponse })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateSegmentRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SegmentResponse> {
    const segment = await this.segments.create(auth, body);
    setLocation(reply, `segments/${segment.id}`);
    return segment;
  }

  @Get(':id')
  @Policy('read', 'Segment')
  @ApiOkResponse({ type: SegmentResponse })
  @ApiProblems(404)
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<SegmentResponse> {
    return this.segments.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'Segment')
  @ApiIfMatch()
  @ApiOkResponse({ type: SegmentResponse })
  @ApiProblems(404)
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateSegmentRequest,
  ): Promise<SegmentResponse> {
    return this.segments.update(auth, id, version, body);
  }

  @Delete(':id')
  @Policy('delete', 'Segment')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted (soft); restore brings it back.' })
  @ApiProblems(404)
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.segments.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('restore', 'Segment')
  @HttpCode(200)
  @ApiOkResponse({ type: SegmentResponse })
  @ApiProblems(404)
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<SegmentResponse> {
    return this.segments.restore(auth, id);
  }

  @Get(':id/count')
  @Policy('read', 'Segment')
  @ApiOkResponse({
    type: SegmentCountResponse,
    description: 'Counted with the caller’s own customer permissions.',
  })
  @ApiProblems(404)
  count(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<SegmentCountResponse> {
    return this.segments.count(auth, id);
  }

  @Post(':id/members')
  @Policy('update', 'Segment')
  @HttpCode(200)
  @ApiOkResponse({
    type: SegmentMembersAddedResponse,
    description:
      'Static segments only (409 for a dynamic one). Every customer must be readable by the caller, else 403 and none are added.',
  })
  @ApiProblems(404, 409)
  addMembers(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: SegmentMembersRequest,
  ): Promise<SegmentMembersAddedResponse> {
    return this.segments.addMembers(auth, id, body);
  }

  @Delete(':id/members')
  @Policy('update', 'Segment')
  @HttpCode(200)
  @ApiOkResponse({
    type: SegmentMembersRemovedResponse,
    description: 'Static segments only (409 for a dynamic one). The ids go in the JSON body.',
  })
  @ApiProblems(404, 409)
  removeMembers(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: SegmentMembersRequest,
  ): Promise<SegmentMembersRemovedResponse> {
    return this.segments.removeMembers(auth, id, body);
  }
}
