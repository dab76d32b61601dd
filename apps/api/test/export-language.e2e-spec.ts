import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DEMO_EMAILS, newUser, signIn, type Tokens } from './factories/auth.factory';
import { newCustomer } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { binaryBody } from './support/binary-body';
import { createTestApp, type TestApp } from './support/test-app';

function parseCsv(text: string): string[][] {
  const rows: string[][] = parse(text, { bom: true });
  return rows;
}

function record(rows: string[][], index = 1): Record<string, string> {
  return Object.fromEntries(rows[0].map((header, column) => [header, rows[index][column]]));
}

/** `YYYY-MM-DD HH:mm:ss` of an ISO instant in China time (UTC+8, no summer time). */
function shanghai(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

describe('exports in the caller’s language and time zone', () => {
  let t: TestApp, admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, DEMO_EMAILS.admin);
  });
  afterAll(() => t.app.close());

  const exportCustomers = (query: Record<string, string>, language?: string) => {
    const request = t.as(admin).get('/api/v1/customers/export').query(query);
    return language ? request.set('Accept-Language', language) : request;
  };

  async function customer() {
    const industry = `lang-${randomBytes(4).toString('hex')}`;
    const created = await newCustomer(t, admin, {
      industry,
      tier: 'loyal',
      roles: ['customer', 'supplier'],
      creditLimit: '1234567.5',
    });
    const read = await t.as(admin).get(`/api/v1/customers/${created.id}`);
    return { industry, ...created, createdAt: read.body.createdAt as string };
  }

  it('writes Chinese headers and values, and China time, for zh-CN', async () => {
    const created = await customer();
    const response = await exportCustomers({ industry: created.industry }, 'zh-CN,zh;q=0.9');
    expect(response.status).toBe(200);
    const rows = parseCsv(response.text);
    expect(rows[0].slice(0, 5)).toEqual(['编号', '客户类型', '名称', '客户分级', '客户角色']);
    expect(record(rows)).toMatchObject({
      编号: created.number,
      客户类型: '企业',
      客户分级: '忠诚',
      客户角色: '客户;供应商',
      信用额度: '1234567.50',
      创建时间: shanghai(created.createdAt),
    });
    expect(response.text).not.toMatch(/\b(company|loyal|supplier)\b/);
  });

  it('writes English for en, whether asked by header or by the lang parameter', async () => {
    const created = await customer();
    const byHeader = parseCsv(
      (await exportCustomers({ industry: created.industry }, 'en-US')).text,
    );
    const byParam = parseCsv(
      (await exportCustomers({ industry: created.industry, lang: 'en' }, 'zh-CN')).text,
    );
    expect(byParam).toEqual(byHeader);
    expect(byHeader[0].slice(0, 5)).toEqual(['Number', 'Kind', 'Name', 'Tier', 'Roles']);
    expect(record(byHeader)).toMatchObject({
      Kind: 'Company',
      Tier: 'Loyal',
      Roles: 'Customer;Supplier',
      'Created at': shanghai(created.createdAt),
    });
  });

  it('uses the saved console language when the request names none', async () => {
    const created = await customer();
    const english = await newUser(t, admin, { roles: ['admin'], locale: 'en' });
    const rows = parseCsv(
      (
        await t
          .as(english)
          .get('/api/v1/customers/export')
          .query({ industry: created.industry })
          .expect(200)
      ).text,
    );
    expect(rows[0][0]).toBe('Number');
    expect(record(rows).Tier).toBe('Loyal');
  });

  it('translates lead sources and statuses', async () => {
    const region = `Lang-${randomBytes(3).toString('hex')}`;
    await newLead(t, admin, { name: '王芳', region, source: 'event', ownerId: admin.user.id });
    const zh = parseCsv(
      (await t.as(admin).get('/api/v1/leads/export').query({ region, lang: 'zh-CN' }).expect(200))
        .text,
    );
    expect(record(zh)).toMatchObject({ 姓名: '王芳', 来源: '展会活动', 状态: '新线索' });
  });

  it('shows times in the time zone the caller names, and refuses an unknown one', async () => {
    const created = await customer();
    const rows = parseCsv(
      (await exportCustomers({ industry: created.industry, lang: 'en', timezone: 'UTC' })).text,
    );
    expect(record(rows)['Created at']).toBe(created.createdAt.slice(0, 19).replace('T', ' '));
    await exportCustomers({ timezone: 'Mars/Olympus_Mons' }).expect(400);
  });

  it('refuses an unknown lang (400)', async () => {
    await exportCustomers({ lang: 'fr' }).expect(400);
  });

  it('writes an XLSX that opens ready to read: frozen bold header, fitted widths, typed cells', async () => {
    const created = await customer();
    const response = await exportCustomers({ industry: created.industry, format: 'xlsx' }, 'zh-CN')
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('客户');
    if (!sheet) throw new Error('no 客户 worksheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet.getRow(1);
    expect(header.getCell(1).value).toBe('编号');
    expect(header.getCell(1).font?.bold).toBe(true);

    const headers = (header.values as unknown[]).slice(1) as string[];
    const column = (name: string) => headers.indexOf(name) + 1;
    for (const name of ['编号', '名称', '创建时间']) {
      expect(sheet.getColumn(column(name)).width).toBeGreaterThan(9);
    }
    const row = sheet.getRow(2);
    expect(row.getCell(column('客户分级')).value).toBe('忠诚');

    const createdCell = row.getCell(column('创建时间'));
    expect(createdCell.type).toBe(ExcelJS.ValueType.Date);
    expect(createdCell.numFmt).toMatch(/yyyy-mm-dd hh:mm/);
    // A date cell has no zone: it holds the China wall-clock time.
    expect((createdCell.value as Date).toISOString().slice(0, 19).replace('T', ' ')).toBe(
      shanghai(created.createdAt),
    );

    const amount = row.getCell(column('信用额度'));
    expect(amount.type).toBe(ExcelJS.ValueType.Number);
    expect(amount.value).toBe(1234567.5);
    expect(amount.numFmt).toBe('#,##0.00');
  });
});
