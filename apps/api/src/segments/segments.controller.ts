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
  @ApiOperation({
    summary: 'List segments',
    description:
      "The segments the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A segment is a saved list of customers: by filter, or of hand-picked members.",
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
  @ApiOperation({
    summary: 'Create a segment',
    description:
      'Creates a segment and answers it, with its address in the Location header. A segment is a saved list of customers: by filter, or of hand-picked members.',
  })
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
  @ApiOperation({
    summary: 'Get a segment',
    description:
      'One segment by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.',
  })
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<SegmentResponse> {
    return this.segments.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'Segment')
  @ApiIfMatch()
  @ApiOkResponse({ type: SegmentResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Update a segment',
    description:
      'Changes only the fields sent. Send the version you read as If-Match: if someone changed the segment since, nothing is written and the answer is 412.',
  })
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
  @ApiOperation({
    summary: 'Delete a segment',
    description:
      'Soft-deletes the segment: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
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
  @ApiOperation({
    summary: 'Restore a deleted segment',
    description:
      'Brings back a soft-deleted segment as it was; 409 when it would now clash with another record.',
  })
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
  @ApiOperation({
    summary: "Count a segment's customers",
    description: 'How many customers the caller may read are in the segment now.',
  })
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
  @ApiOperation({
    summary: 'Add customers to a segment',
    description: 'Adds hand-picked customers to a static segment.',
  })
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
  @ApiOperation({
    summary: 'Remove customers from a segment',
    description: 'Removes hand-picked customers from a static segment.',
  })
  removeMembers(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: SegmentMembersRequest,
  ): Promise<SegmentMembersRemovedResponse> {
    return this.segments.removeMembers(auth, id, body);
  }
}
