import { Body, Controller, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Policy } from '../authz/policy.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { UuidParam } from '../common/http/request-params';
import { CustomerResponse } from '../customers/dto/customer.dto';
import { CustomerTagsService } from './customer-tags.service';
import {
  BulkTagCustomersRequest,
  BulkTagCustomersResponse,
  ReplaceCustomerTagsRequest,
} from './dto/customer-tags.dto';

@ApiTags('customers')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('customers')
export class CustomerTagsController {
  constructor(private readonly customerTags: CustomerTagsService) {}

  @Put(':id/tags')
  @Policy('update', 'Customer')
  @ApiOkResponse({ type: CustomerResponse, description: 'The customer with its new tags.' })
  @ApiProblems(404)
  @ApiOperation({
    summary: "Set a customer's tags",
    description:
      "Replaces the customer's tags with the ones sent; a tag group that allows one tag keeps only one.",
  })
  replace(
    @CurrentAuth() auth: AuthContext,
    @UuidParam() id: string,
    @Body() body: ReplaceCustomerTagsRequest,
  ) {
    return this.customerTags.replace(auth, id, body);
  }

  @Post('tags')
  @Policy('update', 'Customer')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkTagCustomersResponse })
  @ApiOperation({
    summary: 'Tag or untag many customers',
    description:
      'Adds or removes tags on several customers in one request; only customers the caller may update are changed.',
  })
  bulk(
    @CurrentAuth() auth: AuthContext,
    @Body() body: BulkTagCustomersRequest,
  ): Promise<BulkTagCustomersResponse> {
    return this.customerTags.bulk(auth, body);
  }
}
