import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
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

  @Get(':id')
  @Policy('read', 'DealerOrg')
  @ApiOkResponse({ type: DealerOrgResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Get a dealer organisation',
    description:
      'One dealer organisation by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.',
  })
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<DealerOrgResponse> {
    return this.dealerOrgs.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'DealerOrg')
  @ApiIfMatch()
  @ApiOkResponse({ type: DealerOrgResponse })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Update a dealer organisation',
    description:
      'Changes only the fields sent. Send the version you read as If-Match: if someone changed the dealer organisation since, nothing is written and the answer is 412.',
  })
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
  @ApiOperation({
    summary: 'Delete a dealer organisation',
    description:
      'Soft-deletes the dealer organisation: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
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
  @ApiOperation({
    summary: 'Restore a deleted dealer organisation',
    description:
      'Brings back a soft-deleted dealer organisation as it was; 409 when it would now clash with another record.',
  })
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<DealerOrgResponse> {
    return this.dealerOrgs.restore(auth, id);
  }
}
