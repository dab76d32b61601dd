import { Body, Controller, Get, Headers, Post, Query, type Type } from '@nestjs/common';
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
} from './dto/timeline-event.dto';
import type { TimelineRoutes } from './timeline-subjects';
import { TimelineService } from './timeline.service';

/**
 * The timeline routes of one kind of record, `<path>/:id/timeline` and
 * `<path>/:id/interactions`: the module that registers the subject lists the returned
 * class among its controllers. Named `<AuthzSubject>TimelineController`, which gives
 * the operation ids.
 */
export function timelineController(routes: TimelineRoutes): Type<unknown> {
  @ApiTags(routes.tag)
  @ApiBearerAuth()
  @ApiSecurity('apiKey')
  @ApiSignedInProblems()
  @Controller(`${routes.path}/:id`)
  class TimelineController {
    constructor(private readonly timeline: TimelineService) {}

    @Get('timeline')
    @Policy('read', routes.authzSubject)
    @ApiOkResponse({ type: TimelineListResponse, description: routes.list.response })
    @ApiProblems(404)
    @ApiOperation({ summary: routes.list.summary, description: routes.list.description })
    list(
      @CurrentAuth() auth: AuthContext,
      @UuidParam() id: string,
      @Query() query: ListTimelineQuery,
    ) {
      return this.timeline.list(auth, routes.subjectType, id, query);
    }

    @Post('interactions')
    @Policy('update', routes.authzSubject)
    @ApiIdempotencyKey()
    @ApiCreatedResponse({ type: TimelineEventResponse, description: routes.log.response })
    @ApiProblems(404)
    @ApiOperation({ summary: routes.log.summary, description: routes.log.description })
    log(
      @CurrentAuth() auth: AuthContext,
      @UuidParam() id: string,
      @Body() body: LogInteractionRequest,
      @Headers('accept-language') acceptLanguage: string | undefined,
    ) {
      return this.timeline.logInteraction(auth, routes.subjectType, id, body, acceptLanguage);
    }
  }
  Object.defineProperty(TimelineController, 'name', {
    value: `${routes.authzSubject}TimelineController`,
  });
  return TimelineController;
}
