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
import { CustomFieldsService } from './custom-fields.service';
import {
  CreateCustomFieldRequest,
  CustomFieldListResponse,
  CustomFieldResponse,
  ListCustomFieldsQuery,
  UpdateCustomFieldRequest,
} from './dto/custom-field.dto';

@ApiTags('custom-fields')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('custom-fields')
export class CustomFieldsController {
  constructor(private readonly fields: CustomFieldsService) {}

  @Get()
  @Policy('read', 'CustomFieldDefinition')
  @ApiOkResponse({ type: CustomFieldListResponse })
  @ApiOperation({
    summary: 'List custom fields',
    description:
      "The custom field definitions the caller sees (every role reads them to draw forms and lists; a field hidden from all of the caller's roles is left out), in form order unless sorted otherwise, one page at a time: pass the previous page's nextCursor as cursor to get the next one. Admins list deleted fields with deleted=true.",
  })
  list(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ListCustomFieldsQuery,
  ): Promise<CustomFieldListResponse> {
    return this.fields.list(auth, query);
  }

  @Post()
  @Policy('create', 'CustomFieldDefinition')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: CustomFieldResponse })
  @ApiProblems(409)
  @ApiOperation({
    summary: 'Create a custom field',
    description:
      'Adds a field to a record type (admins) and answers it, with its address in the Location header. Records keep its values in customFields under its key. 409 when the record type already has a field, live or deleted, with that key.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateCustomFieldRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomFieldResponse> {
    const field = await this.fields.create(auth, body);
    setLocation(reply, `custom-fields/${field.id}`);
    return field;
  }

  @GetRecordRoute('a custom field', CustomFieldResponse, {
    description:
      'One custom field definition by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or is hidden from the caller.',
  })
  @Policy('read', 'CustomFieldDefinition')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<CustomFieldResponse> {
    return this.fields.get(auth, id);
  }

  @PatchRecordRoute('a custom field', CustomFieldResponse, {
    conflict: true,
    description:
      'Changes only the fields sent (admins); the record type and the key never change, so a label can be renamed freely. A type change is refused with 409 and the count of records whose values would not convert (offendingRecords). Send the version you read as If-Match: if someone changed the field since, nothing is written and the answer is 412.',
  })
  @Policy('update', 'CustomFieldDefinition')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateCustomFieldRequest,
  ): Promise<CustomFieldResponse> {
    return this.fields.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a custom field', {
    deleted: 'Deleted (soft): records keep their values, and a restore brings them back.',
    description:
      'Soft-deletes the field (admins): it leaves forms, lists and reads, its values stay stored and its key stays reserved, and it can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
  @Policy('delete', 'CustomFieldDefinition')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.fields.remove(auth, id, version);
  }

  @RestoreRecordRoute('a custom field', CustomFieldResponse, {
    description:
      'Brings back a soft-deleted field as it was (admins), with the values records kept for it.',
  })
  @Policy('restore', 'CustomFieldDefinition')
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<CustomFieldResponse> {
    return this.fields.restore(auth, id);
  }
}
