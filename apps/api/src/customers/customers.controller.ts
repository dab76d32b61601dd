import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
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
import {
  DeleteRecordRoute,
  GetRecordRoute,
  PatchRecordRoute,
  RestoreRecordRoute,
} from '../common/http/record-routes.decorator';
import { ApiIdempotencyKey } from '../common/idempotency/api-idempotency-key.decorator';
import { RateLimited } from '../common/rate-limit/caller-rate-limit.decorator';
import { CustomerTransferService } from './customer-transfer.service';
import { CustomersService } from './customers.service';
import { AcknowledgeDuplicatesQuery } from './dto/acknowledge-query.dto';
import { CustomerNumberQuery } from './dto/customer-number-query.dto';
import { CreateCustomerRequest, UpdateCustomerRequest } from './dto/create-customer.dto';
import { CustomerListResponse, CustomerResponse } from './dto/customer.dto';
import { DuplicateCheckRequest, DuplicateCheckResponse } from './dto/duplicate.dto';
import { ListCustomersQuery } from './dto/list-customers-query.dto';
import {
  BulkTransferRequest,
  BulkTransferResponse,
  TransferCustomerRequest,
} from './dto/transfer-customers.dto';
import { DuplicateCheckService } from './duplicates/duplicate-check.service';
import { MergeCustomersRequest } from './dto/merge-customers.dto';
import { CustomerMergeService } from './merge/customer-merge.service';

@ApiTags('customers')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly transfers: CustomerTransferService,
    private readonly duplicates: DuplicateCheckService,
    private readonly merges: CustomerMergeService,
  ) {}

  @Get()
  @Policy('read', 'Customer')
  @ApiOkResponse({ type: CustomerListResponse, description: 'Only customers the caller may read.' })
  @ApiOperation({
    summary: 'List customers',
    description:
      "The customers the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A customer is a company or a person, numbered, owned by a user and shared with their team. Filter by text, tags, owner, team, tier, region and more.",
  })
  list(@CurrentAuth() auth: AuthContext, @Query() query: ListCustomersQuery) {
    return this.customers.list(auth, query);
  }

  @Post()
  @Policy('create', 'Customer')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: CustomerResponse })
  @ApiProblems(409)
  @ApiOperation({
    summary: 'Create a customer',
    description:
      'Creates a customer and answers it, with its address in the Location header. A customer is a company or a person, numbered, owned by a user and shared with their team.',
  })
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body() body: CreateCustomerRequest,
    @Query() query: AcknowledgeDuplicatesQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const customer = await this.customers.create(auth, body, query.acknowledgeDuplicates === true);
    setLocation(reply, `customers/${customer.id}`);
    return customer;
  }

  @Post('duplicates/check')
  @Policy('read', 'Customer')
  @RateLimited('duplicateCheck')
  @HttpCode(200)
  @ApiOkResponse({
    type: DuplicateCheckResponse,
    description: 'Possible duplicates among all customers.',
  })
  @ApiOperation({
    summary: 'Check for duplicate customers',
    description:
      'Finds existing customers that would match a draft under the duplicate rules (phone, email, tax id, name, custom fields), before it is saved, and says whether the match blocks saving or is only a warning.',
  })
  async checkDuplicates(@CurrentAuth() auth: AuthContext, @Body() body: DuplicateCheckRequest) {
    return { duplicates: await this.duplicates.checkDraft(auth, body, body.excludeId) };
  }

  @Post('transfer')
  @Policy('reassign', 'Customer')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkTransferResponse })
  @ApiOperation({
    summary: 'Transfer customers to another owner',
    description:
      "Gives several customers a new owner (and the owner's team) in one request; the caller must be allowed to transfer each of them, otherwise nothing is changed.",
  })
  async transferMany(@CurrentAuth() auth: AuthContext, @Body() body: BulkTransferRequest) {
    return { transferred: await this.transfers.transferMany(auth, body) };
  }

  @Get('by-number')
  @Policy('read', 'Customer')
  @ApiResponse({
    status: 308,
    description: 'Location: the customer with this number (or its survivor).',
  })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Find a customer by number',
    description:
      'Redirects (308) to the customer with this customer number, or to the customer it was merged into. 404 when no customer the caller may read has the number.',
  })
  byNumber(@CurrentAuth() auth: AuthContext, @Query() query: CustomerNumberQuery) {
    return this.customers.redirectByNumber(auth, query.number);
  }

  @GetRecordRoute('a customer', CustomerResponse)
  @Policy('read', 'Customer')
  @ApiResponse({ status: 308, description: 'Merged away: Location is the surviving customer.' })
  get(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.customers.getOrRedirect(auth, id);
  }

  @Post(':id/merge')
  @Policy('merge', 'Customer')
  @HttpCode(200)
  @ApiIfMatch()
  @ApiOkResponse({
    type: CustomerResponse,
    description: 'The survivor, with the duplicate merged in.',
  })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Merge a duplicate into this customer',
    description:
      'Merges another customer into this one (the survivor): contacts, tasks, timeline, tags and relationships move over, and the merged customer redirects here from then on.',
  })
  merge(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: MergeCustomersRequest,
  ) {
    return this.merges.merge(auth, id, version, body);
  }

  @PatchRecordRoute('a customer', CustomerResponse, { conflict: true })
  @Policy('update', 'Customer')
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateCustomerRequest,
    @Query() query: AcknowledgeDuplicatesQuery,
  ) {
    return this.customers.update(auth, id, version, body, query.acknowledgeDuplicates === true);
  }

  @DeleteRecordRoute('a customer', { deleted: 'Deleted (soft); restore brings it back.' })
  @Policy('delete', 'Customer')
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ) {
    return this.customers.remove(auth, id, version);
  }

  @RestoreRecordRoute('a customer', CustomerResponse, { conflict: true })
  @Policy('restore', 'Customer')
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.customers.restore(auth, id);
  }

  @Post(':id/transfer')
  @Policy('reassign', 'Customer')
  @HttpCode(200)
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Transfer a customer to another owner',
    description:
      "Gives the customer a new owner and that owner's team; the timeline records the transfer.",
  })
  async transfer(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: TransferCustomerRequest,
  ) {
    await this.transfers.transferOne(auth, id, body.ownerId, body.teamId);
    return this.customers.get(auth, id);
  }
}
