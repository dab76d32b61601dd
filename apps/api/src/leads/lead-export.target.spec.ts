import { LEAD_EXPORTABLE_FIELDS } from '@kehu/domain';
import { columnKey } from '../common/export/spreadsheet-export';
import { LEAD_EXPORT_COLUMNS, LEAD_EXPORT_HEADERS } from './lead-export.target';

describe('the lead export columns', () => {
  it("are the catalogue's exportable fields, in its order, between the number and the dates", () => {
    expect(LEAD_EXPORT_COLUMNS.map((column) => column.field)).toEqual([
      'number',
      ...LEAD_EXPORTABLE_FIELDS,
      'createdAt',
      'updatedAt',
    ]);
  });

  it('keep their headers in both languages', () => {
    const headers = (language: 'zh-CN' | 'en') =>
      LEAD_EXPORT_COLUMNS.map((column) => LEAD_EXPORT_HEADERS[language][columnKey(column)]);
    expect(headers('zh-CN')).toEqual([
      '编号',
      '姓名',
      '公司',
      '职位',
      '电话',
      '邮箱',
      '区域',
      '意向产品',
      '来源',
      '市场活动',
      '状态',
      '评分',
      '下次跟进时间',
      '负责人姓名',
      '团队',
      '备注',
      '创建时间',
      '更新时间',
    ]);
    expect(headers('en')).toEqual([
      'Number',
      'Name',
      'Company',
      'Title',
      'Phone',
      'Email',
      'Region',
      'Product interest',
      'Source',
      'Campaign',
      'Status',
      'Score',
      'Next follow-up',
      'Owner name',
      'Team',
      'Notes',
      'Created at',
      'Updated at',
    ]);
  });
});
