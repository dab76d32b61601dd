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

  @GetRecordRoute('a contact', ContactResponse)
  @Policy('read', 'Customer')
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<ContactResponse> {
    return this.contacts.get(auth, id);
  }

  @PatchRecordRoute('a contact', ContactResponse)
  @Policy('update', 'Customer')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateContactRequest,
  ): Promise<ContactResponse> {
    return this.contacts.update(auth, id, version, body);
  }

  @DeleteRecordRoute('a contact', { deleted: 'Deleted (soft); the person stays a customer.' })
  @Policy('update', 'Customer')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ): Promise<void> {
    return this.contacts.remove(auth, id, version);
  }

  @RestoreRecordRoute('a contact', ContactResponse, { conflict: true })
  @Policy('update', 'Customer')
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string): Promise<ContactResponse> {
    return this.contacts.restore(auth, id);
  }
}
