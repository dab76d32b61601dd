import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
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
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateDealerOrgRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DealerOrgResponse> {
    const dealerOrg = await this.dealerOrgs.create(auth, body);
    setLocation(reply, `dealer-orgs/${dealerOrg.id}`);
    return dealerOrg;
  }

  @Get(':id')
  @Policy('read', 'DealerOrg')
  @ApiOkResponse({ type: DealerOrgResponse })
  @ApiProblems(404)
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<DealerOrgResponse> {
    return this.dealerOrgs.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'DealerOrg')
  @ApiIfMatch()
  @ApiOkResponse({ type: DealerOrgResponse })
  @ApiProblems(404, 409)
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateDealerOrgRequest,
  ): Promise<DealerOrgResponse> {
    return this.dealerOrgs.update(auth, id, version, body);
  }

  @Delete(':id')
  @Policy('delete', 'DealerOrg')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted (soft).' })
  @ApiProblems(404)
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.dealerOrgs.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('restore', 'DealerOrg')
  @HttpCode(200)
  @ApiOkResponse({ type: DealerOrgResponse })
  @ApiProblems(404, 409)
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<DealerOrgResponse> {
    return this.dealerOrgs.restore(auth, id);
  }
}
