import ExcelJS from 'exceljs';
import { DEMO_EMAILS, signIn, signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer } from './factories/customer.factory';
import { binaryBody } from './support/binary-body';
import { parseCsv } from './support/csv';
import { createTestApp, type TestApp } from './support/test-app';

describe('customer export', () => {
  let t: TestApp;
  let admin: Tokens, rep1: Tokens, rep2: Tokens, partner: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, rep1, rep2, partner] = await signInAll(t, 'admin rep1 rep2 partner');
  });
  afterAll(() => t.app.close());

  it('exports the filtered list as CSV with only the rows the caller may read', async () => {
    const industry = `export-${Date.now()}`;
    const mine = await newCustomer(t, rep1, { industry });
    const theirs = await newCustomer(t, rep2, { industry });
    const response = await t
      .as(rep1)
      .get('/api/v1/customers/export')
      .query({ industry, lang: 'en' })
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="customers-.*\.csv"/,
    );
    const rows = parseCsv(response.text);
    expect(rows[0].slice(0, 3)).toEqual(['Number', 'Kind', 'Name']);
    const numbers = rows.slice(1).map((row) => row[0]);
    expect(numbers).toEqual([mine.number]);
    expect(numbers).not.toContain(theirs.number);
  });

  it('neutralizes spreadsheet formulas in customer data', async () => {
    const industry = `formula-${Date.now()}`;
    await newCustomer(t, admin, { name: '=HYPERLINK("http://evil.example","x")', industry });
    const response = await t
      .as(admin)
      .get('/api/v1/customers/export')
      .query({ industry })
      .expect(200);
    expect(response.text).toContain(`'=HYPERLINK`);
  });

  it('leaves out financial columns for callers who may not read them', async () => {
    const adminCsv = await t
      .as(admin)
      .get('/api/v1/customers/export')
      .query({ q: 'none-such-customer', lang: 'en' })
      .expect(200);
    expect(parseCsv(adminCsv.text)[0]).toContain('Credit limit');
    const marketer = await signIn(t, DEMO_EMAILS.marketer);
    const marketerCsv = await t
      .as(marketer)
      .get('/api/v1/customers/export')
      .query({ q: 'none-such-customer', lang: 'en' })
      .expect(200);
    expect(parseCsv(marketerCsv.text)[0]).toContain('Name');
  });

  it('a channel partner may not export (403)', async () => {
    await t.as(partner).get('/api/v1/customers/export').expect(403);
  });

  it('exports XLSX that a spreadsheet reader opens', async () => {
    const industry = `xlsx-${Date.now()}`;
    const customer = await newCustomer(t, admin, { industry, name: '上海华腾科技有限公司 XLSX' });
    const response = await t
      .as(admin)
      .get('/api/v1/customers/export')
      .query({ industry, format: 'xlsx', lang: 'en' })
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('Customers');
    expect(sheet?.getRow(2).getCell(1).value).toBe(customer.number);
    expect(sheet?.getRow(2).getCell(3).value).toBe('上海华腾科技有限公司 XLSX');
  });

  it('refuses an unknown format (400)', async () => {
    await t.as(admin).get('/api/v1/customers/export').query({ format: 'pdf' }).expect(400);
  });

  it.each(['csv', 'xlsx'])(
    'answers a filter the list refuses with a problem, not a cut-off %s download',
    async (format) => {
      const response = await t
        .as(admin)
        .get('/api/v1/customers/export')
        .query({ format, segmentId: '6c8f188b-35da-4e2b-9d18-1ea90c26be64' })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.text).toContain('segmentId');
    },
  );
});
