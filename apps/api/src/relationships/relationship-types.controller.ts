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
  CreateRelationshipTypeRequest,
  ListRelationshipTypesQuery,
  RelationshipTypeListResponse,
  RelationshipTypeResponse,
  UpdateRelationshipTypeRequest,
} from './dto/relationship-type.dto';
import { RelationshipTypesService } from './relationship-types.service';

@ApiTags('relationships')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('relationship-types')
export class RelationshipTypesController {
  constructor(private readonly types: RelationshipTypesService) {}

  @Get()
  @Policy('read', 'Customer')
  @ApiOkResponse({ type: RelationshipTypeListResponse })
  list(@Query() query: ListRelationshipTypesQuery): Promise<RelationshipTypeListResponse> {
    return this.types.list(query);
  }

  @Post()
  @Policy('create', 'RelationshipType')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: RelationshipTypeResponse })
  @ApiProblems(409)
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateRelationshipTypeRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RelationshipTypeResponse> {
    const type = await this.types.create(auth, body);
    setLocation(reply, `relationship-types/${type.id}`);
    return type;
  }

  @Get(':id')
  @Policy('read', 'Customer')
  @ApiOkResponse({ type: RelationshipTypeResponse })
  @ApiProblems(404)
  get(@UuidParam() id: string): Promise<RelationshipTypeResponse> {
    return this.types.get(id);
  }

  @Patch(':id')
  @Policy('update', 'RelationshipType')
  @ApiIfMatch()
  @ApiOkResponse({ type: RelationshipTypeResponse })
  @ApiProblems(404)
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateRelationshipTypeRequest,
  ): Promise<RelationshipTypeResponse> {
    return this.types.update(auth, id, version, body);
  }

  @Delete(':id')
  @Policy('delete', 'RelationshipType')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({
    description: 'Deleted (soft). Built-in types and types still in use answer 409.',
  })
  @ApiProblems(404, 409)
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.types.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('restore', 'RelationshipType')
  @HttpCode(200)
  @ApiOkResponse({ type: RelationshipTypeResponse })
  @ApiProblems(404, 409)
  restore(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
  ): Promise<RelationshipTypeResponse> {
    return this.types.restore(auth, id);
  }
}
