import { Body, Controller, Get, Headers, Post, Query } from '@nestjs/common';
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
    description:
      "Adds a call, visit, meeting or note to the customer's timeline. With nextFollowUpOn, a follow-up task due that day (9:00 China time) is created for the caller, titled in the caller's language (Accept-Language, else their saved language, else zh-CN); the customer's next follow-up follows its earliest open task. The caller must also be allowed to create tasks then.",
  })
  log(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: LogInteractionRequest,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ) {
    return this.timeline.logInteraction(auth, id, body, acceptLanguage);
  }
}
