import { Injectable } from '@nestjs/common';
import { CUSTOMER_EXPORTABLE_FIELDS, type CustomerField, primaryEntry } from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { exportController } from '../common/export/export.controller';
import {
  catalogueColumns,
  type ExportPageQuery,
  type ExportTarget,
} from '../common/export/export-target';
import type { ExportColumnValue } from '../common/export/spreadsheet-export';
import type { Page } from '../common/pagination/keyset';
import { CustomersRepository } from './customers.repository';
import { CustomersService } from './customers.service';
import type { CustomerResponse, TaggedCustomer } from './dto/customer.dto';
import { ListCustomersQuery } from './dto/list-customers-query.dto';

type Row = Partial<CustomerResponse>;
type Filter = Omit<ListCustomersQuery, 'limit' | 'cursor'>;

/** How the catalogue's exportable fields are written when not as one text column. */
const COLUMNS_OF: Partial<Record<CustomerField, ReadonlyArray<ExportColumnValue<Row>>>> = {
  kind: [{ type: 'enum', enum: 'customerKind', value: (c) => c.kind }],
  tier: [{ type: 'enum', enum: 'customerTier', value: (c) => c.tier }],
  roles: [{ type: 'enumList', enum: 'customerRole', value: (c) => c.roles }],
  phones: [{ header: 'phone', value: (c) => primaryEntry(c.phones)?.value }],
  emails: [{ header: 'email', value: (c) => primaryEntry(c.emails)?.value }],
  addresses: [
    { header: 'province', value: (c) => primaryEntry(c.addresses)?.province },
    { header: 'city', value: (c) => primaryEntry(c.addresses)?.city },
    { header: 'address', value: (c) => primaryEntry(c.addresses)?.street },
  ],
  annualRevenue: [{ type: 'money', value: (c) => c.annualRevenue }],
  creditLimit: [{ type: 'money', value: (c) => c.creditLimit }],
  ownerId: [{ header: 'owner', value: (c) => c.owner?.name }],
  teamId: [{ header: 'team', value: (c) => c.team?.name }],
};

/** The columns of a customer export: the catalogue's exportable fields, in its order. */
export const CUSTOMER_EXPORT_COLUMNS = catalogueColumns(CUSTOMER_EXPORTABLE_FIELDS, COLUMNS_OF);

/**
 * The customer export's headers. In either language they are among the import's header
 * synonyms, and the enum labels among the values it reads, so an exported file maps
 * itself on import.
 */
export const CUSTOMER_EXPORT_HEADERS: ExportTarget['headers'] = {
  'zh-CN': {
    number: '编号',
    kind: '客户类型',
    name: '名称',
    tier: '客户分级',
    roles: '客户角色',
    phone: '电话',
    email: '邮箱',
    province: '省份',
    city: '城市',
    address: '地址',
    industry: '行业',
    region: '区域',
    source: '来源',
    website: '网站',
    taxId: '税号',
    annualRevenue: '年营业额',
    creditLimit: '信用额度',
    owner: '负责人',
    team: '团队',
    createdAt: '创建时间',
    updatedAt: '更新时间',
  },
  en: {
    number: 'Number',
    kind: 'Kind',
    name: 'Name',
    tier: 'Tier',
    roles: 'Roles',
    phone: 'Phone',
    email: 'Email',
    province: 'Province',
    city: 'City',
    address: 'Address',
    industry: 'Industry',
    region: 'Region',
    source: 'Source',
    website: 'Website',
    taxId: 'Tax ID',
    annualRevenue: 'Annual revenue',
    creditLimit: 'Credit limit',
    owner: 'Owner',
    team: 'Team',
    createdAt: 'Created at',
    updatedAt: 'Updated at',
  },
};

/**
 * Customers as a file: the customer list's permission-scoped keyset query, each customer
 * as the caller may see it; the financial columns only for callers who may read them.
 */
@Injectable()
export class CustomerExportTarget implements ExportTarget<Filter, TaggedCustomer, Row> {
  readonly subject = 'Customer' as const;
  readonly fileName = 'customers';
  readonly sheetName = { 'zh-CN': '客户', en: 'Customers' };
  readonly headers = CUSTOMER_EXPORT_HEADERS;
  readonly columns = CUSTOMER_EXPORT_COLUMNS;
  readonly customFields = {
    recordType: 'customer' as const,
    valuesOf: (row: Row) => row.customFields,
  };

  constructor(
    private readonly customers: CustomersRepository,
    private readonly presenter: CustomersService,
  ) {}

  page(auth: AuthContext, query: ExportPageQuery<Filter>): Promise<Page<TaggedCustomer>> {
    return this.customers.list(auth, query);
  }

  /** Custom field values all kept: only those of the fields the caller sees become columns. */
  present(auth: AuthContext, customer: TaggedCustomer): Row {
    return { ...this.presenter.present(auth, customer), customFields: customer.customFields };
  }
}

/** `GET /customers/export`. */
export const CustomerExportController = exportController({
  name: 'CustomerExport',
  path: 'customers',
  tag: 'customers',
  subject: 'Customer',
  target: CustomerExportTarget,
  listQuery: ListCustomersQuery,
  summary: 'Export customers',
  description:
    'Downloads the customers the caller may read, with the same filters as the list, as CSV (UTF-8 with BOM, opens in Excel) or XLSX. Columns the caller may not read are left out.',
  fileDescription:
    'The filtered list as a file, streamed: only customers and fields the caller may read.',
});
