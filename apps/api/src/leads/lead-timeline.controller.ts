import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy } from '../authz/policy.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { UuidParam } from '../common/http/request-params';
import { ApiIdempotencyKey } from '../common/idempotency/api-idempotency-key.decorator';
import {
  ListTimelineQuery,
  LogInteractionRequest,
  TimelineEventResponse,
  TimelineListResponse,
} from '../timeline/dto/timeline-event.dto';
import { LeadTimelineService } from './lead-timeline.service';

@ApiTags('leads')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('leads/:id')
export class LeadTimelineController {
  constructor(private readonly timeline: LeadTimelineService) {}

  @Get('timeline')
  @Policy('read', 'Lead')
  @ApiOkResponse({
    type: TimelineListResponse,
    description: 'Interactions, assignments and status changes, newest first.',
  })
  @ApiProblems(404)
  @ApiOperation({
    summary: "List a lead's timeline",
    description:
      'Everything that happened with the lead, newest first: logged interactions, changes, assignments and tasks, one page at a time.',
  })
  list(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Query() query: ListTimelineQuery,
  ) {
    return this.timeline.list(auth, id, query);
  }

  @Post('interactions')
  @Policy('update', 'Lead')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({
    type: TimelineEventResponse,
    description: 'Logged; a new lead becomes contacted, and the activity raises its score.',
  })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Log an interaction with a lead',
    description: "Adds a call, visit, meeting or note to the lead's timeline.",
  })
  log(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: LogInteractionRequest,
  ) {
    return this.timeline.logInteraction(auth, id, body);
  }
}
