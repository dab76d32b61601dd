import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
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
  CreateDealerOrgRequest,
  ListDealerOrgsQuery,
  DealerOrgListResponse,
  DealerOrgResponse,
  UpdateDealerOrgRequest,
} from './dto/dealer-org.dto';
import { DealerOrgsService } from './dealer-orgs.service';

@ApiTags('dealer-orgs')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('dealer-orgs')
export class DealerOrgsController {
  constructor(private readonly dealerOrgs: DealerOrgsService) {}

  @Get()
  @Policy('read', 'DealerOrg')
  @ApiOkResponse({ type: DealerOrgListResponse })
  @ApiOperation({
    summary: 'List dealer organisations',
    description:
      "The dealer organisations the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. Channel partners of a dealer organisation see only the customers shared with it.",
  })
  list(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ListDealerOrgsQuery,
  ): Promise<DealerOrgListResponse> {
    return this.dealerOrgs.list(auth, query);
  }

  @Post()
  @Policy('create', 'DealerOrg')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: DealerOrgResponse })
  @ApiProblems(409)
  @ApiOperation({
    summary: 'Create a dealer organisation',
    description:
      'Creates a dealer organisation and answers it, with its address in the Location header. Channel partners of a dealer organisation see only the customers shared with it.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateDealerOrgRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DealerOrgResponse> {
    const dealerOrg = await this.dealerOrgs.create(auth, body);
    setLocation(reply, `dealer-orgs/${dealerOrg.id}`);
    return dealerOrg;
  }

  @GetRecordRoute('a dealer organisation', DealerOrgResponse)
  @Policy('read', 'DealerOrg')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<DealerOrgResponse> {
    return this.dealerOrgs.get(auth, id);
  }

  @PatchRecordRoute('a dealer organisation', DealerOrgResponse, { conflict: true })
  @Policy('update', 'DealerOrg')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateDealerOrgRequest,
  ): Promise<DealerOrgResponse> {
    return this.dealerOrgs.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a dealer organisation', { deleted: 'Deleted (soft).' })
  @Policy('delete', 'DealerOrg')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.dealerOrgs.remove(auth, id, version);
  }

  @RestoreRecordRoute('a dealer organisation', DealerOrgResponse, { conflict: true })
  @Policy('restore', 'DealerOrg')
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<DealerOrgResponse> {
    return this.dealerOrgs.restore(auth, id);
  }
}
