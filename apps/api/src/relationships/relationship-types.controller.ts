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

  @Get(':id')
  @Policy('read', 'Customer')
  @ApiOkResponse({ type: RelationshipTypeResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Get a relationship type',
    description:
      'One relationship type by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.',
  })
  get(@UuidParam() id: string): Promise<RelationshipTypeResponse> {
    return this.types.get(id);
  }

  @Patch(':id')
  @Policy('update', 'RelationshipType')
  @ApiIfMatch()
  @ApiOkResponse({ type: RelationshipTypeResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Update a relationship type',
    description:
      'Changes only the fields sent. Send the version you read as If-Match: if someone changed the relationship type since, nothing is written and the answer is 412.',
  })
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
  @ApiOperation({
    summary: 'Delete a relationship type',
    description:
      'Soft-deletes the relationship type: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
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
  @ApiOperation({
    summary: 'Restore a deleted relationship type',
    description:
      'Brings back a soft-deleted relationship type as it was; 409 when it would now clash with another record.',
  })
  restore(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
  ): Promise<RelationshipTypeResponse> {
    return this.types.restore(auth, id);
  }
}
