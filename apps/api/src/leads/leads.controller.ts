import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
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
import { ApiIfMatch } from '../common/http/api-if-match.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { IfMatchVersion, setLocation, UuidParam } from '../common/http/request-params';
import {
  DeleteRecordRoute,
  GetRecordRoute,
  PatchRecordRoute,
  RestoreRecordRoute,
} from '../common/http/record-routes.decorator';
import { ApiIdempotencyKey } from '../common/idempotency/api-idempotency-key.decorator';
import { AssignLeadRequest, CreateLeadRequest, UpdateLeadRequest } from './dto/create-lead.dto';
import { LeadListResponse, LeadResponse } from './dto/lead.dto';
import { ListLeadsQuery } from './dto/list-leads-query.dto';
import { ConversionCandidatesResponse } from './dto/conversion-candidates.dto';
import { ConvertLeadRequest, ConvertLeadResponse } from './dto/convert-lead.dto';
import { LeadConversionCandidatesService } from './lead-conversion-candidates.service';
import { LeadConversionService } from './lead-conversion.service';
import { LeadsService } from './leads.service';

@ApiTags('leads')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('leads')
export class LeadsController {
  constructor(
    private readonly leads: LeadsService,
    private readonly conversions: LeadConversionService,
    private readonly conversionCandidates: LeadConversionCandidatesService,
  ) {}

  @Get()
  @Policy('read', 'Lead')
  @ApiOkResponse({ type: LeadListResponse, description: 'Only leads the caller may read.' })
  @ApiOperation({
    summary: 'List leads',
    description:
      "The leads the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A lead is a prospect that is not yet a customer; it is assigned, scored, and converted when qualified. Filter by status, source, owner and score.",
  })
  list(@CurrentAuth() auth: AuthContext, @Query() query: ListLeadsQuery) {
    return this.leads.list(auth, query);
  }

  @Post()
  @Policy('create', 'Lead')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: LeadResponse })
  @ApiOperation({
    summary: 'Create a lead',
    description:
      'Creates a lead and answers it, with its address in the Location header. A lead is a prospect that is not yet a customer; it is assigned, scored, and converted when qualified.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateLeadRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const lead = await this.leads.create(auth, body);
    setLocation(reply, `leads/${lead.id}`);
    return lead;
  }

  @GetRecordRoute('a lead', LeadResponse)
  @Policy('read', 'Lead')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.leads.get(auth, id);
  }

  @PatchRecordRoute('a lead', LeadResponse, { conflict: true })
  @Policy('update', 'Lead')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateLeadRequest,
  ) {
    return this.leads.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a lead', { deleted: 'Deleted (soft); restore brings it back.' })
  @Policy('delete', 'Lead')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ) {
    return this.leads.remove(auth, id, version);
  }

  @RestoreRecordRoute('a lead', LeadResponse)
  @Policy('restore', 'Lead')
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.leads.restore(auth, id);
  }

  @Post(':id/assign')
  @Policy('reassign', 'Lead')
  @HttpCode(200)
  @ApiOkResponse({ type: LeadResponse, description: 'On the timeline; the new owner is notified.' })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Assign a lead',
    description: 'Gives the lead to a user, who is notified; the timeline records the assignment.',
  })
  assign(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: AssignLeadRequest,
  ) {
    return this.leads.reassign(auth, id, body.ownerId, body.teamId);
  }

  @Get(':id/conversion-candidates')
  @Policy('read', 'Lead')
  @ApiOkResponse({ type: ConversionCandidatesResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Customers this lead may already be',
    description:
      'For the conversion dialog: live customers sharing a phone or email with the lead, a company named like the lead’s company, and people of the same name, each with company, city, owner, a phone masked unless the caller may read it, and what matched (of a customer the caller may not read, only its number, name, owner and what matched, as in the duplicate check); and what converting without linking would create.',
  })
  conversionCandidatesOf(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.conversionCandidates.find(auth, id);
  }

  @Post(':id/convert')
  @Policy('update', 'Lead')
  @HttpCode(200)
  @ApiIfMatch()
  @ApiOkResponse({
    type: ConvertLeadResponse,
    description:
      'Runs the customers’ duplicate check first: 409 with `duplicates` unless customerId links to one or acknowledgeDuplicates is set (blocking rules still refuse). All or nothing.',
  })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Convert a lead into a customer',
    description:
      'Turns a qualified lead into a customer (or links it to an existing one, under the duplicate rules) and optionally a contact; the lead is marked converted.',
  })
  convert(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: ConvertLeadRequest,
  ) {
    return this.conversions.convert(auth, id, version, body);
  }
}
