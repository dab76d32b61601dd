import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { signInAll, type Tokens } from '../factories/auth.factory';
import { eventually } from '../support/eventually';
import { createTestApp, type TestApp } from '../support/test-app';

interface ImportBody {
  id: string;
  status: string;
  version: number;
  created: number;
  failureReason: string | null;
}

const TEN_MB = 10 * 1_048_576;

/** A real workbook whose first sheet is swapped for one that inflates to about `inflatedBytes`. */
async function zipBombWorkbook(inflatedBytes: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').addRow(['name']);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const sheetPath = Object.keys(zip.files).find((name) =>
    /^xl\/worksheets\/sheet1\.xml$/.test(name),
  );
  if (!sheetPath) throw new Error('ExcelJS wrote no first sheet');
  const row = '<row><c t="inlineStr"><is><t>bomb</t></is></c></row>';
  zip.file(
    sheetPath,
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row.repeat(
      Math.ceil(inflatedBytes / row.length),
    )}</sheetData></worksheet>`,
  );
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

describe('import of broken and hostile files', () => {
  let t: TestApp;
  let rep1: Tokens, admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    [admin, rep1] = await signInAll(t, 'admin rep1');
  });
  afterAll(() => t.app.close());

  const upload = (content: Buffer, filename: string, target: 'customers' | 'leads' = 'customers') =>
    t.as(rep1).post(`/api/v1/imports/${target}`).attach('file', content, filename);

  async function customersNamed(prefix: string): Promise<number> {
    const rows: Array<{ count: number }> = await t.app
      .get(DataSource)
      .query('SELECT count(*)::int AS count FROM customers WHERE name LIKE $1', [`${prefix}%`]);
    return rows[0].count;
  }

  async function leadsNamed(prefix: string): Promise<number> {
    const rows: Array<{ count: number }> = await t.app
      .get(DataSource)
      .query('SELECT count(*)::int AS count FROM leads WHERE name LIKE $1', [`${prefix}%`]);
    return rows[0].count;
  }

  /** 7,000 good rows (more than one batch of 5,000), then `broken`, then more good rows. */
  function csvBrokenAfterFirstBatch(prefix: string, broken: string): Buffer {
    const stamp = Date.now();
    const good = (from: number) =>
      Array.from(
        { length: 1000 },
        (_, i) => `${prefix}${from + i},row${stamp}-${from + i}@example.com`,
      );
    const rows = Array.from({ length: 7 }, (_, block) => good(block * 1000)).flat();
    return Buffer.from(['name,email', ...rows, broken, ...good(7000)].join('\n'));
  }

  async function importCount(): Promise<number> {
    const rows: Array<{ count: number }> = await t.app
      .get(DataSource)
      .query('SELECT count(*)::int AS count FROM imports');
    return rows[0].count;
  }

  async function runToEnd(job: ImportBody, mapping: Array<string | null>): Promise<ImportBody> {
    await t
      .as(rep1)
      .post(`/api/v1/imports/${job.id}/start`)
      .set('If-Match', `"${job.version}"`)
      .send({ mapping, duplicateMode: 'skip' })
      .expect(200);
    return eventually(
      async () => {
        const response = await t.as(rep1).get(`/api/v1/imports/${job.id}`).expect(200);
        const body = response.body as ImportBody;
        expect(['completed', 'failed']).toContain(body.status);
        return body;
      },
      { timeoutMs: 120_000 },
    );
  }

  it('refuses a CSV whose 10 MB line is among the preview rows with 400', async () => {
    const csv = `name,email\nLongLine A,a@example.com\n${'x'.repeat(TEN_MB)},b@example.com\n`;
    const response = await upload(Buffer.from(csv), 'long-line.csv');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(response.body)).toMatch(/not a readable CSV/);
  });

  it('fails an import with a 10 MB line further down with a clear message and imports nothing', async () => {
    const prefix = `LongLine-${Date.now()}-`;
    const good = Array.from(
      { length: 50 },
      (_, i) => `${prefix}${i},ll${Date.now()}${i}@example.com`,
    );
    const csv = ['name,email', ...good, `${'x'.repeat(TEN_MB)},z@example.com`, ...good].join('\n');
    const uploaded = await upload(Buffer.from(csv), 'long-line-later.csv').expect(201);
    const done = await runToEnd(uploaded.body as ImportBody, ['name', 'email']);
    expect(done.status).toBe('failed');
    expect(done.failureReason).toMatch(/not valid CSV/i);
    expect(done.created).toBe(0);
    expect(await customersNamed(prefix)).toBe(0);
  });

  it.each([
    ['customers', 'a 10 MB line', `${'x'.repeat(TEN_MB)},z@example.com`],
    ['customers', 'a broken quote', 'Broken "quote" Ltd,"unterminated@example.com'],
    ['leads', 'a 10 MB line', `${'x'.repeat(TEN_MB)},z@example.com`],
  ] as const)(
    'imports no %s at all from a CSV with %s at row 7,002, after the first batch',
    async (target, _, broken) => {
      const prefix = `Late-${target}-${Date.now()}-`;
      const csv = csvBrokenAfterFirstBatch(prefix, broken);
      const uploaded = await upload(csv, 'broken-late.csv', target).expect(201);
      const done = await runToEnd(uploaded.body as ImportBody, ['name', 'email']);
      expect(done).toMatchObject({ status: 'failed', created: 0 });
      expect(done.failureReason).toMatch(/not valid CSV/i);
      const count = target === 'customers' ? customersNamed : leadsNamed;
      expect(await count(prefix)).toBe(0);
    },
  );

  it('imports nothing from a workbook whose sheet is cut off after the first batch', async () => {
    const prefix = `Cut-${Date.now()}-`;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRow(['name', 'email']);
    for (let i = 0; i < 8000; i++) sheet.addRow([`${prefix}${i}`, `cut${i}@example.com`]);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const sheetPath = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(sheetPath)!.async('string');
    const cut = xml.indexOf(`${prefix}7000`);
    zip.file(sheetPath, `${xml.slice(0, cut)}<<<not xml`);
    const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const uploaded = await upload(content, 'cut.xlsx').expect(201);
    const done = await runToEnd(uploaded.body as ImportBody, ['name', 'email']);
    expect(done).toMatchObject({ status: 'failed', created: 0 });
    expect(done.failureReason).toMatch(/not a valid XLSX/i);
    expect(await customersNamed(prefix)).toBe(0);
  });

  it.each([
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['a zip with no workbook', Buffer.from('PK\u0005\u0006' + '\u0000'.repeat(18), 'binary')],
    ['a CSV renamed to .xlsx', Buffer.from('name,email\nA,a@example.com\n')],
  ])('refuses a malformed XLSX (%s) with 400 and stores no import', async (_, content) => {
    const before = await importCount();
    const response = await upload(content, 'broken.xlsx');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await importCount()).toBe(before);
  });

  it('refuses a zip-bomb XLSX with 400 before inflating it, and the server keeps answering', async () => {
    const bomb = await zipBombWorkbook(300 * 1_048_576);
    expect(bomb.length).toBeLessThan(5 * 1_048_576);
    const before = await importCount();
    const response = await upload(bomb, 'bomb.xlsx');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(response.body)).toMatch(/zip bomb/);
    expect(await importCount()).toBe(before);
    await t.as(admin).get('/api/v1/customers').query({ limit: 1 }).expect(200);
  }, 120_000);

  it('still accepts a real workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRow(['name', 'email']);
    for (let i = 0; i < 2000; i++) sheet.addRow([`Workbook Co ${i}`, `wb${i}@example.com`]);
    const response = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'fine.xlsx');
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ headers: ['name', 'email'] });
  });
});
