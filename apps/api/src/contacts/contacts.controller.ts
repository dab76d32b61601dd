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
import { AcknowledgeDuplicatesQuery } from '../customers/dto/acknowledge-query.dto';
import { ContactsService } from './contacts.service';
import {
  ContactListResponse,
  ContactResponse,
  CreateContactRequest,
  ListContactsQuery,
  UpdateContactRequest,
} from './dto/contact.dto';

@ApiTags('contacts')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('customers/:id/contacts')
export class CustomerContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @Policy('read', 'Customer')
  @ApiOkResponse({
    type: ContactListResponse,
    description: 'For a company: its people. For a person: the companies they are a contact of.',
  })
  @ApiProblems(404)
  @ApiOperation({
    summary: "List a customer's contacts",
    description: 'The contacts of the customer, one page at a time.',
  })
  list(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Query() query: ListContactsQuery,
  ): Promise<ContactListResponse> {
    return this.contacts.list(auth, id, query);
  }

  @Post()
  @Policy('update', 'Customer')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({
    type: ContactResponse,
    description:
      'Adds an existing person (personId) or a new one (person, created with the duplicate check: 409 lists the duplicates).',
  })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Add a contact to a customer',
    description:
      'Creates a contact person at the customer and answers it, with its address in the Location header.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: CreateContactRequest,
    @Query() query: AcknowledgeDuplicatesQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContactResponse> {
    const contact = await this.contacts.create(
      auth,
      id,
      body,
      query.acknowledgeDuplicates === true,
    );
    setLocation(reply, `contacts/${contact.id}`);
    return contact;
  }
}

@ApiTags('contacts')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get(':id')
  @Policy('read', 'Customer')
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Get a contact',
    description:
      'One contact by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.',
  })
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<ContactResponse> {
    return this.contacts.get(auth, id);
  }

  @Patch(':id')
  @Policy('update', 'Customer')
  @ApiIfMatch()
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Update a contact',
    description:
      'Changes only the fields sent. Send the version you read as If-Match: if someone changed the contact since, nothing is written and the answer is 412.',
  })
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateContactRequest,
  ): Promise<ContactResponse> {
    return this.contacts.update(auth, id, version, body);
  }

  @Delete(':id')
  @Policy('update', 'Customer')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted (soft); the person stays a customer.' })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Delete a contact',
    description:
      'Soft-deletes the contact: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.',
  })
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.contacts.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('update', 'Customer')
  @HttpCode(200)
  @ApiOkResponse({ type: ContactResponse })
  @ApiProblems(404, 409)
  @ApiOperation({
    summary: 'Restore a deleted contact',
    description:
      'Brings back a soft-deleted contact as it was; 409 when it would now clash with another record.',
  })
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<ContactResponse> {
    return this.contacts.restore(auth, id);
  }
}
