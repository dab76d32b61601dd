import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
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
import { ApiIdempotencyKey } from '../common/idempotency/api-idempotency-key.decorator';
import { RateLimited } from '../common/rate-limit/caller-rate-limit.decorator';
import { CustomerTransferService } from './customer-transfer.service';
import { CustomersService } from './customers.service';
import { AcknowledgeDuplicatesQuery } from './dto/acknowledge-query.dto';
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
  list(@CurrentAuth() auth: AuthContext, @Query() query: ListCustomersQuery) {
    return this.customers.list(auth, query);
  }

  @Post()
  @Policy('create', 'Customer')
  @ApiIdempotencyKey()
  @ApiCreatedResponse({ type: CustomerResponse })
  @ApiProblems(409)
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
  async checkDuplicates(@CurrentAuth() auth: AuthContext, @Body() body: DuplicateCheckRequest) {
    return { duplicates: await this.duplicates.check(auth, body, body.excludeId) };
  }

  @Post('transfer')
  @Policy('reassign', 'Customer')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkTransferResponse })
  async transferMany(@CurrentAuth() auth: AuthContext, @Body() body: BulkTransferRequest) {
    return { transferred: await this.transfers.transferMany(auth, body) };
  }

  @Get('by-number/:number')
  @Policy('read', 'Customer')
  @ApiResponse({
    status: 308,
    description: 'Location: the customer with this number (or its survivor).',
  })
  @ApiProblems(404)
  byNumber(@CurrentAuth() auth: AuthContext, @Param('number') number: string) {
    return this.customers.redirectByNumber(auth, number);
  }

  @Get(':id')
  @Policy('read', 'Customer')
  @ApiOkResponse({ type: CustomerResponse })
  @ApiResponse({ status: 308, description: 'Merged away: Location is the surviving customer.' })
  @ApiProblems(404)
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
  merge(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: MergeCustomersRequest,
  ) {
    return this.merges.merge(auth, id, version, body);
  }

  @Patch(':id')
  @Policy('update', 'Customer')
  @ApiIfMatch()
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(404, 409)
  update(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
    @Body() body: UpdateCustomerRequest,
    @Query() query: AcknowledgeDuplicatesQuery,
  ) {
    return this.customers.update(auth, id, version, body, query.acknowledgeDuplicates === true);
  }

  @Delete(':id')
  @Policy('delete', 'Customer')
  @HttpCode(204)
  @ApiIfMatch()
  @ApiNoContentResponse({ description: 'Deleted (soft); restore brings it back.' })
  @ApiProblems(404)
  remove(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @IfMatchVersion() version: number | undefined,
  ) {
    return this.customers.remove(auth, id, version);
  }

  @Post(':id/restore')
  @Policy('restore', 'Customer')
  @HttpCode(200)
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(404, 409)
  restore(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.customers.restore(auth, id);
  }

  @Post(':id/transfer')
  @Policy('reassign', 'Customer')
  @HttpCode(200)
  @ApiOkResponse({ type: CustomerResponse })
  @ApiProblems(404)
  async transfer(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: TransferCustomerRequest,
  ) {
    await this.transfers.transferOne(auth, id, body.ownerId, body.teamId);
    return this.customers.get(auth, id);
  }
}
