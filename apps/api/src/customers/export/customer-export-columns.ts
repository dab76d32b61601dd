import type { ExportColumn } from '../../common/export/spreadsheet-export';
import type { CustomerResponse } from '../dto/customer.dto';

type Row = Partial<CustomerResponse>;

function primary<T extends { primary?: boolean }>(entries: T[] | undefined): T | undefined {
  return entries?.find((entry) => entry.primary) ?? entries?.[0];
}

/**
 * The columns of a customer export, in order. Their headers (in either language) are
 * among the import's header synonyms, and the enum labels among the values it reads.
 */
export const EXPORT_COLUMNS: Array<ExportColumn<Row>> = [
  { field: 'number', value: (c) => c.number },
  { field: 'kind', type: 'enum', enum: 'customerKind', value: (c) => c.kind },
  { field: 'name', value: (c) => c.name },
  { field: 'tier', type: 'enum', enum: 'customerTier', value: (c) => c.tier },
  { field: 'roles', type: 'enumList', enum: 'customerRole', value: (c) => c.roles },
  { field: 'phone', value: (c) => primary(c.phones)?.value },
  { field: 'email', value: (c) => primary(c.emails)?.value },
  { field: 'province', value: (c) => primary(c.addresses)?.province },
  { field: 'city', value: (c) => primary(c.addresses)?.city },
  { field: 'address', value: (c) => primary(c.addresses)?.street },
  { field: 'industry', value: (c) => c.industry },
  { field: 'region', value: (c) => c.region },
  { field: 'source', value: (c) => c.source },
  { field: 'website', value: (c) => c.website },
  { field: 'taxId', value: (c) => c.taxId },
  { field: 'annualRevenue', type: 'money', value: (c) => c.annualRevenue },
  { field: 'creditLimit', type: 'money', value: (c) => c.creditLimit },
  { field: 'owner', value: (c) => c.owner?.name },
  { field: 'team', value: (c) => c.team?.name },
  { field: 'createdAt', type: 'dateTime', value: (c) => c.createdAt },
  { field: 'updatedAt', type: 'dateTime', value: (c) => c.updatedAt },
];
