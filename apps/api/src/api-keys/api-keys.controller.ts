import { Body, Controller, Delete, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
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
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { setLocation, UuidParam } from '../common/http/request-params';
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
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateApiKeyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CreatedApiKeyResponse> {
    const created = await this.apiKeys.create(auth, body);
    setLocation(reply, `api-keys/${created.id}`);
    return created;
  }

  @Get(':id')
  @Policy('read', 'ApiKey')
  @ApiOkResponse({ type: ApiKeyResponse })
  @ApiProblems(404)
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<ApiKeyResponse> {
    return this.apiKeys.get(auth, id);
  }

  @Delete(':id')
  @Policy('delete', 'ApiKey')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked: the key stops working at once.' })
  @ApiProblems(404)
  revoke(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    return this.apiKeys.revoke(auth, id);
  }
}
