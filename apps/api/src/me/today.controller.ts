import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { SignedIn } from '../authz/policy.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { UuidParam } from '../common/http/request-params';
import { SnoozeCustomerFollowUpRequest, TodayQuery, TodayResponse } from './dto/today.dto';
import { TodayService } from './today.service';

@ApiTags('me')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('me')
export class TodayController {
  constructor(private readonly today: TodayService) {}

  @Get('today')
  @SignedIn()
  @ApiOkResponse({ type: TodayResponse, description: 'Only the caller’s own work.' })
  @ApiOperation({
    summary: 'Get your day',
    description:
      'What the signed-in user has to do today: tasks due and overdue, reminders and new leads assigned to them.',
  })
  get(@CurrentAuth() auth: AuthContext, @Query() query: TodayQuery) {
    return this.today.forCaller(auth, query.timezone);
  }

  @Post('today/customers/:id/snooze')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The follow-up moved (or was no longer due).' })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Snooze a customer’s follow-up',
    description:
      'Moves the customer’s follow-up that is due (today or overdue) to a later day: its open tasks due by today that the caller may change are rescheduled to that day, keeping their time of day, each as a task update (audited, new version), and the customer’s next follow-up follows. No task is created. 403 when the due tasks are all ones the caller may not change; 404 when the customer does not exist or the caller may not read it.',
  })
  snoozeCustomer(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: SnoozeCustomerFollowUpRequest,
  ): Promise<void> {
    return this.today.snoozeCustomer(auth, id, body.day, body.timezone);
  }
}
