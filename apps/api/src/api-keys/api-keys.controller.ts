import { Body, Controller, Delete, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
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
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { setLocation, UuidParam } from '../common/http/request-params';
import { GetRecordRoute } from '../common/http/record-routes.decorator';
import { ApiIdempotencyKey } from '../common/idempotency/api-idempotency-key.decorator';
import { ApiKeysService } from './api-keys.service';
import {
  ApiKeyListResponse,
  ApiKeyResponse,
  CreateApiKeyRequest,
  CreatedApiKeyResponse,
  ListApiKeysQuery,
} from './dto/api-key.dto';

@ApiTags('api-keys')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @Policy('read', 'ApiKey')
  @ApiOkResponse({ type: ApiKeyListResponse })
  @ApiOperation({
    summary: 'List API keys',
    description:
      "The API keys the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. An API key acts with the roles it was given, for integrations that cannot sign in.",
  })
  list(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ListApiKeysQuery,
  ): Promise<ApiKeyListResponse> {
    return this.apiKeys.list(auth, query);
  }

  @Post()
  @Policy('create', 'ApiKey')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({
    type: CreatedApiKeyResponse,
    description: 'The key is in `key`, shown this once.',
  })
  @ApiOperation({
    summary: 'Create an API key',
    description:
      'Creates an API key and answers it, with its address in the Location header. An API key acts with the roles it was given, for integrations that cannot sign in.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateApiKeyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CreatedApiKeyResponse> {
    const created = await this.apiKeys.create(auth, body);
    setLocation(reply, `api-keys/${created.id}`);
    return created;
  }

  @GetRecordRoute('an API key', ApiKeyResponse)
  @Policy('read', 'ApiKey')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<ApiKeyResponse> {
    return this.apiKeys.get(auth, id);
  }

  @Delete(':id')
  @Policy('delete', 'ApiKey')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked: the key stops working at once.' })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Revoke an API key',
    description:
      'Revokes the key at once: calls with it are refused with 401 from then on. A revoked key cannot be brought back.',
  })
  revoke(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    return this.apiKeys.revoke(auth, id);
  }
}
