import { displayWidth, toWallClock, wallClockText } from './export-format';
import { exportCell, fittedWidths, type ExportColumn } from './spreadsheet-export';

describe('export formatting', () => {
  it('counts CJK and fullwidth characters double', () => {
    expect(displayWidth('C-000123')).toBe(8);
    expect(displayWidth('上海华腾科技有限公司')).toBe(20);
    expect(displayWidth('华腾 Tech（上海）')).toBe(2 * 2 + 5 + 2 * 4);
  });

  it('shows an instant as the wall-clock time of a zone', () => {
    const instant = new Date('2026-03-01T16:30:15.900Z');
    expect(wallClockText(toWallClock(instant, 'Asia/Shanghai'))).toBe('2026-03-02 00:30:15');
    expect(wallClockText(toWallClock(instant, 'UTC'))).toBe('2026-03-01 16:30:15');
    // Summer time in New York (UTC-4) and winter time (UTC-5).
    expect(wallClockText(toWallClock(new Date('2026-07-01T12:00:00Z'), 'America/New_York'))).toBe(
      '2026-07-01 08:00:00',
    );
    expect(wallClockText(toWallClock(new Date('2026-01-01T12:00:00Z'), 'America/New_York'))).toBe(
      '2026-01-01 07:00:00',
    );
  });

  type Row = { tier?: string; roles?: string[]; vip?: boolean; at?: string; amount?: string };
  const columns: Array<ExportColumn<Row>> = [
    { field: 'tier', type: 'enum', enum: 'customerTier', value: (r) => r.tier },
    { field: 'roles', type: 'enumList', enum: 'customerRole', value: (r) => r.roles },
    { field: 'vip', type: 'boolean', value: (r) => r.vip },
    { field: 'at', type: 'dateTime', value: (r) => r.at },
    { field: 'amount', type: 'money', value: (r) => r.amount },
  ];
  const row: Row = {
    tier: 'loyal',
    roles: ['customer', 'supplier'],
    vip: true,
    at: '2026-03-01T16:30:00.000Z',
    amount: '1234.5',
  };

  it('writes enums, booleans, times and amounts in the language and zone', () => {
    const zh = { language: 'zh-CN', timeZone: 'Asia/Shanghai' } as const;
    const en = { language: 'en', timeZone: 'Asia/Shanghai' } as const;
    expect(columns.map((column) => exportCell(column, row, zh))).toEqual([
      '忠诚',
      '客户;供应商',
      '是',
      new Date('2026-03-02T00:30:00.000Z'),
      1234.5,
    ]);
    expect(columns.slice(0, 3).map((column) => exportCell(column, row, en))).toEqual([
      'Loyal',
      'Customer;Supplier',
      'Yes',
    ]);
    expect(exportCell(columns[2], { vip: false }, zh)).toBe('否');
    expect(exportCell(columns[0], { tier: 'someday' }, zh)).toBe('someday');
  });

  it('fits column widths to the content, within bounds', () => {
    const widths = fittedWidths(
      columns,
      ['客户分级', '客户角色', 'VIP', '创建时间', '金额'],
      [['忠诚', 'x'.repeat(500), '是', new Date(), 1234567.5]],
    );
    expect(widths).toEqual([10, 60, 8, 21, 14]);
  });
});
