import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy } from '../authz/policy.decorator';
import { ApiIfMatch } from '../common/http/api-if-match.decorator';
import { ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { IfMatchVersion } from '../common/http/request-params';
import {
  AssignmentRulesBody,
  AssignmentRulesResponse,
  AssignmentTestRequest,
  AssignmentTestResponse,
  LeadScoringBody,
} from './dto/lead-settings.dto';
import { LeadAssignmentService } from './lead-assignment.service';
import { LeadSettingsService } from './lead-settings.service';

@ApiTags('settings')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('settings')
export class LeadSettingsController {
  constructor(
    private readonly settings: LeadSettingsService,
    private readonly assignment: LeadAssignmentService,
  ) {}

  @Get('lead-assignment-rules')
  @Policy('read', 'Settings')
  @ApiOkResponse({ type: AssignmentRulesResponse })
  @ApiOperation({
    summary: 'Get the lead assignment rules',
    description:
      'The ordered rules that decide who gets a new lead (by source, region, …), and the fallback when none matches.',
  })
  assignmentRules() {
    return this.settings.assignment();
  }

  @Put('lead-assignment-rules')
  @Policy('update', 'Settings')
  @ApiIfMatch()
  @ApiOkResponse({
    type: AssignmentRulesResponse,
    description: 'Replaces the whole ordered list (reordering included).',
  })
  @ApiOperation({
    summary: 'Replace the lead assignment rules',
    description:
      'Replaces the whole ordered list of assignment rules; new leads are assigned with them from then on.',
  })
  replaceAssignmentRules(
    @CurrentAuth() auth: AuthContext,
    @Body() body: AssignmentRulesBody,
    @IfMatchVersion() version: number | undefined,
  ) {
    return this.settings.replaceAssignment(auth, body, version);
  }

  @Post('lead-assignment-rules/test')
  @Policy('read', 'Settings')
  @HttpCode(200)
  @ApiOkResponse({
    type: AssignmentTestResponse,
    description: 'Which rule a sample lead would match and who would get it; assigns nothing.',
  })
  @ApiOperation({
    summary: 'Test the lead assignment rules',
    description:
      'Answers who a lead with the given fields would be assigned to, and by which rule, without creating anything.',
  })
  testAssignment(@Body() body: AssignmentTestRequest): Promise<AssignmentTestResponse> {
    return this.assignment.testSample(body);
  }

  @Get('lead-scoring')
  @Policy('read', 'Settings')
  @ApiOkResponse({ type: LeadScoringBody })
  @ApiOperation({
    summary: 'Get the lead scoring',
    description:
      'The points each lead property earns and the thresholds that make a lead warm or hot.',
  })
  scoring() {
    return this.settings.scoring();
  }

  @Put('lead-scoring')
  @Policy('update', 'Settings')
  @ApiOkResponse({ type: LeadScoringBody, description: 'Applies to leads scored from now on.' })
  @ApiOperation({
    summary: 'Replace the lead scoring',
    description: 'Replaces the scoring model; leads are scored with it from then on.',
  })
  replaceScoring(@CurrentAuth() auth: AuthContext, @Body() body: LeadScoringBody) {
    return this.settings.replaceScoring(auth, body);
  }
}
