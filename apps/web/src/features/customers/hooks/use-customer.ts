import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { CustomerResponse } from '../customer-types';
import { customerQueryKeys } from './customer-query-keys';

export async function fetchCustomer(id: string): Promise<CustomerResponse> {
  return unwrap(await kehuClient.GET('/api/v1/customers/{id}', { params: { path: { id } } }));
}

export function useCustomer(id: string) {
  return useQuery({ queryKey: customerQueryKeys.detail(id), queryFn: () => fetchCustomer(id) });
}
