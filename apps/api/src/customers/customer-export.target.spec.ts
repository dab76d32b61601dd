import { CUSTOMER_EXPORTABLE_FIELDS, CUSTOMER_FINANCIAL_FIELDS } from '@kehu/domain';
import { columnKey } from '../common/export/spreadsheet-export';
import { CUSTOMER_EXPORT_COLUMNS, CUSTOMER_EXPORT_HEADERS } from './customer-export.target';

describe('the customer export columns', () => {
  const fields = [...new Set(CUSTOMER_EXPORT_COLUMNS.map((column) => column.field))];

  it("are the catalogue's exportable fields, in its order, between the number and the dates", () => {
    expect(fields).toEqual(['number', ...CUSTOMER_EXPORTABLE_FIELDS, 'createdAt', 'updatedAt']);
  });

  it('keep the headers an import maps back, in both languages', () => {
    const headers = (language: 'zh-CN' | 'en') =>
      CUSTOMER_EXPORT_COLUMNS.map((column) => CUSTOMER_EXPORT_HEADERS[language][columnKey(column)]);
    expect(headers('zh-CN')).toEqual([
      '编号',
      '客户类型',
      '名称',
      '客户分级',
      '客户角色',
      '电话',
      '邮箱',
      '省份',
      '城市',
      '地址',
      '行业',
      '区域',
      '来源',
      '网站',
      '税号',
      '年营业额',
      '信用额度',
      '负责人',
      '团队',
      '创建时间',
      '更新时间',
    ]);
    expect(headers('en')).toEqual([
      'Number',
      'Kind',
      'Name',
      'Tier',
      'Roles',
      'Phone',
      'Email',
      'Province',
      'City',
      'Address',
      'Industry',
      'Region',
      'Source',
      'Website',
      'Tax ID',
      'Annual revenue',
      'Credit limit',
      'Owner',
      'Team',
      'Created at',
      'Updated at',
    ]);
  });

  it('name the financial fields they write, so callers who may not read them lose the column', () => {
    const financial = CUSTOMER_EXPORT_COLUMNS.filter((column) =>
      (CUSTOMER_FINANCIAL_FIELDS as string[]).includes(column.field),
    );
    expect(financial.map((column) => [column.field, column.type])).toEqual([
      ['annualRevenue', 'money'],
      ['creditLimit', 'money'],
    ]);
  });

  it('write a customer as the list presents it', () => {
    const row = {
      number: 'C-000001',
      kind: 'company' as const,
      name: '上海华腾科技有限公司',
      phones: [
        { value: '021-1', primary: false },
        { value: '021-2', primary: true },
      ],
      addresses: [{ province: '上海市', city: '上海市', street: '长宁路 1 号', primary: true }],
      owner: { id: 'u', name: '王芳' },
      industry: '软件',
    };
    const values = Object.fromEntries(
      CUSTOMER_EXPORT_COLUMNS.map((column) => [columnKey(column), column.value(row as never)]),
    );
    expect(values).toMatchObject({
      number: 'C-000001',
      kind: 'company',
      name: '上海华腾科技有限公司',
      phone: '021-2',
      email: undefined,
      province: '上海市',
      address: '长宁路 1 号',
      industry: '软件',
      owner: '王芳',
      team: undefined,
    });
  });
});
