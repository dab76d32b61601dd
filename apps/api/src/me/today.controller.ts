import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { SignedIn } from '../authz/policy.decorator';
import { ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { TodayQuery, TodayResponse } from './dto/today.dto';
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
}
