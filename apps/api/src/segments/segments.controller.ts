import { Body, Controller, Delete, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
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

  @GetRecordRoute('a segment', SegmentResponse)
  @Policy('read', 'Segment')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<SegmentResponse> {
    return this.segments.get(auth, id);
  }

  @PatchRecordRoute('a segment', SegmentResponse)
  @Policy('update', 'Segment')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateSegmentRequest,
  ): Promise<SegmentResponse> {
    return this.segments.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a segment', { deleted: 'Deleted (soft); restore brings it back.' })
  @Policy('delete', 'Segment')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.segments.remove(auth, id, version);
  }

  @RestoreRecordRoute('a segment', SegmentResponse)
  @Policy('restore', 'Segment')
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
