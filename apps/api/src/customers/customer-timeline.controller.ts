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
import { CustomerTimelineService } from './customer-timeline.service';

@ApiTags('customers')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('customers/:id')
export class CustomerTimelineController {
  constructor(private readonly timeline: CustomerTimelineService) {}

  @Get('timeline')
  @Policy('read', 'Customer')
  @ApiOkResponse({
    type: TimelineListResponse,
    description: 'Interactions and system events, newest first.',
  })
  @ApiProblems(404)
  @ApiOperation({
    summary: "List a customer's timeline",
    description:
      'Everything that happened with the customer, newest first: logged calls, visits and notes, changes, tasks, transfers and merges, one page at a time.',
  })
  list(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Query() query: ListTimelineQuery,
  ) {
    return this.timeline.list(auth, id, query);
  }

  @Post('interactions')
  @Policy('update', 'Customer')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: TimelineEventResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Log an interaction with a customer',
    description: "Adds a call, visit, meeting or note to the customer's timeline.",
  })
  log(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: LogInteractionRequest,
  ) {
    return this.timeline.logInteraction(auth, id, body);
  }
}
