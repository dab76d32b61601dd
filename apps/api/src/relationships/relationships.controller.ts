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

  @Get(':id')
  @Policy('read', 'Customer')
  @ApiOkResponse({ type: RelationshipResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Get a relationship',
    description:
      'One relationship by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.',
  })
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<RelationshipResponse> {
    return this.relationships.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'Customer')
  @ApiIfMatch()
  @ApiOkResponse({ type: RelationshipResponse })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Update a relationship',
    description:
      'Changes only the fields sent. Send the version you read as If-Match: if someone changed the relationship since, nothing is written and the answer is 412.',
  })
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateRelationshipRequest,
  ): Promise<RelationshipResponse> {
    return this.relationships.update(auth, id, version, body);
  }

  @Delete(':id')
  @Policy('update', 'Customer')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted (soft); it leaves the graph.' })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Delete a relationship',
    description:
      'Soft-deletes the relationship: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.relationships.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('update', 'Customer')
  @HttpCode(200)
  @ApiOkResponse({
    type: RelationshipResponse,
    description: 'Brings a deleted relationship back, checked as if it were added again.',
  })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Restore a deleted relationship',
    description:
      'Brings back a soft-deleted relationship as it was; 409 when it would now clash with another record.',
  })
  restore(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
  ): Promise<RelationshipResponse> {
    return this.relationships.restore(auth, id);
  }
}
