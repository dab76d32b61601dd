import { presenterOf } from '../authz/record-access';
import { type CustomerResponse, type TaggedCustomer, toCustomerResponse } from './dto/customer.dto';

/** A customer as the caller may see it: fields they may not read are left out. */
export const presentCustomer = presenterOf<TaggedCustomer, CustomerResponse>(
  'Customer',
  toCustomerResponse,
);
