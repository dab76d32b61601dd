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
  @ApiOperation({
    summary: 'List relationship types',
    description:
      "The relationship types the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A relationship type names a kind of link between customers, in both directions (e.g. parent company / subsidiary).",
  })
  list(@Query() query: ListRelationshipTypesQuery): Promise<RelationshipTypeListResponse> {
    return this.types.list(query);
  }

  @Post()
  @Policy('create', 'RelationshipType')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: RelationshipTypeResponse })
  @ApiProblems(409)
  @ApiOperation({
    summary: 'Create a relationship type',
    description:
      'Creates a relationship type and answers it, with its address in the Location header. A relationship type names a kind of link between customers, in both directions (e.g. parent company / subsidiary).',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateRelationshipTypeRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RelationshipTypeResponse> {
    const type = await this.types.create(auth, body);
    setLocation(reply, `relationship-types/${type.id}`);
    return type;
  }

  @GetRecordRoute('a relationship type', RelationshipTypeResponse)
  @Policy('read', 'Customer')
  get(@UuidParam() id: string): Promise<RelationshipTypeResponse> {
    return this.types.get(id);
  }

  @PatchRecordRoute('a relationship type', RelationshipTypeResponse)
  @Policy('update', 'RelationshipType')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateRelationshipTypeRequest,
  ): Promise<RelationshipTypeResponse> {
    return this.types.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a relationship type', {
    conflict: true,
    deleted: 'Deleted (soft). Built-in types and types still in use answer 409.',
  })
  @Policy('delete', 'RelationshipType')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.types.remove(auth, id, version);
  }

  @RestoreRecordRoute('a relationship type', RelationshipTypeResponse, { conflict: true })
  @Policy('restore', 'RelationshipType')
  restore(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
  ): Promise<RelationshipTypeResponse> {
    return this.types.restore(auth, id);
  }
}
