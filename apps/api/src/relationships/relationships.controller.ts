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
  CreateRelationshipRequest,
  RelationshipGraphQuery,
  RelationshipGraphResponse,
  RelationshipResponse,
  UpdateRelationshipRequest,
} from './dto/relationship.dto';
import { RelationshipsService } from './relationships.service';

@ApiTags('relationships')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('customers/:id/relationships')
export class CustomerRelationshipsController {
  constructor(private readonly relationships: RelationshipsService) {}

  @Get()
  @Policy('read', 'Customer')
  @ApiOkResponse({
    type: RelationshipGraphResponse,
    description:
      'The customers related to this one, up to `depth` steps away, and the edges between them. Customers the caller may not read appear as { id, readable: false } only.',
  })
  @ApiProblems(404)
  @ApiOperation({
    summary: "Get a customer's relationship graph",
    description:
      'The customers related to this one, up to a given depth, as nodes and edges for the relationship graph.',
  })
  graph(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Query() query: RelationshipGraphQuery,
  ): Promise<RelationshipGraphResponse> {
    return this.relationships.graph(auth, id, query.depth);
  }

  @Post()
  @Policy('update', 'Customer')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({
    type: RelationshipResponse,
    description: 'Needs update on this customer and read on the other.',
  })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Relate a customer to another',
    description:
      'Links this customer to another with a relationship type (e.g. parent company of).',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: CreateRelationshipRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RelationshipResponse> {
    const relationship = await this.relationships.create(auth, id, body);
    setLocation(reply, `relationships/${relationship.id}`);
    return relationship;
  }
}

@ApiTags('relationships')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('relationships')
export class RelationshipsController {
  constructor(private readonly relationships: RelationshipsService) {}

  @GetRecordRoute('a relationship', RelationshipResponse)
  @Policy('read', 'Customer')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<RelationshipResponse> {
    return this.relationships.get(auth, id);
  }

  @PatchRecordRoute('a relationship', RelationshipResponse, { conflict: true })
  @Policy('update', 'Customer')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateRelationshipRequest,
  ): Promise<RelationshipResponse> {
    return this.relationships.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a relationship', { deleted: 'Deleted (soft); it leaves the graph.' })
  @Policy('update', 'Customer')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.relationships.remove(auth, id, version);
  }

  @RestoreRecordRoute('a relationship', RelationshipResponse, {
    conflict: true,
    restored: 'Brings a deleted relationship back, checked as if it were added again.',
  })
  @Policy('update', 'Customer')
  restore(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
  ): Promise<RelationshipResponse> {
    return this.relationships.restore(auth, id);
  }
}
