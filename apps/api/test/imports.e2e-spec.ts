import ExcelJS from 'exceljs';
import { bearer, DEMO_EMAILS, signIn, signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueMobile } from './factories/customer.factory';
import {
  importErrorLines,
  startImport,
  uploadImport,
  waitForImportEnd,
} from './factories/import.factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('customer import', () => {
  let t: TestApp;
  let admin: Tokens, rep1: Tokens, rep2: Tokens;

  beforeAll(async () => {
    t = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    [admin, rep1, rep2] = await signInAll(t, 'admin rep1 rep2');
  });
  afterAll(() => t.app.close());

  const upload = (as: Tokens, content: string | Buffer, filename: string) =>
    uploadImport(t, bearer(as), 'customers', content, filename);

  async function runToEnd(
    as: Tokens,
    uploaded: { id: string; version: number },
    mapping: Array<string | null>,
    duplicateMode: string,
  ) {
    await startImport(t, bearer(as), uploaded, mapping, duplicateMode);
    return waitForImportEnd(t, bearer(as), uploaded.id, { timeoutMs: 120_000 });
  }

  it('previews an upload with a mapping suggested from Chinese headers', async () => {
    const csv =
      '客户名称,手机,邮箱,省份,备注\n上海预览科技有限公司,13812345678,preview@example.cn,上海市,first\n';
    const response = await upload(rep1, csv, '客户.csv').expect(201);
    expect(response.body).toMatchObject({
      status: 'uploaded',
      headers: ['客户名称', '手机', '邮箱', '省份', '备注'],
      suggestedMapping: ['name', 'mobile', 'email', 'province', 'notes'],
      sampleRows: [
        ['上海预览科技有限公司', '13812345678', 'preview@example.cn', '上海市', 'first'],
      ],
    });
    expect(response.headers.location).toBe(`/api/v1/imports/${response.body.id}`);
    await t.as(rep2).get(`/api/v1/imports/${response.body.id}`).expect(404);
  });

  it('imports 10,000 rows with bad rows and duplicates: exact counts and an error report', async () => {
    // Made ten at a time: thirty at once can wait past the pool's 5 s on a loaded machine.
    const existing: Awaited<ReturnType<typeof newCustomer>>[] = [];
    for (let batch = 0; batch < 3; batch++)
      existing.push(...(await Promise.all(Array.from({ length: 10 }, () => newCustomer(t, rep1)))));
    const lines = ['name,phone,email,tier'];
    const phones: string[] = [];
    for (let row = 0; row < 10_000; row++) {
      if (row % 200 === 7) {
        lines.push(`,${uniqueMobile()},bad-row-${row}@example.com,`); // no name
      } else if (row % 200 === 9) {
        lines.push(`Bad Email ${row} Ltd,${uniqueMobile()},not-an-email,`);
      } else if (row % 200 === 11 && existing.length > 0) {
        lines.push(`Existing ${row} Ltd,${existing.pop()!.phones[0].value},,`);
      } else if (row % 500 === 13 || row % 500 === 17) {
        lines.push(`Repeat ${row} Ltd,${phones[phones.length - 1]},,`); // same phone as an earlier row
      } else {
        const phone = uniqueMobile();
        phones.push(phone);
        lines.push(`Imported ${row} Trading Co.,${phone},,intent`);
      }
    }
    const uploaded = await upload(rep1, lines.join('\n'), 'big.csv').expect(201);
    const done = await runToEnd(rep1, uploaded.body, ['name', 'phone', 'email', 'tier'], 'skip');
    expect(done).toMatchObject({
      status: 'completed',
      totalRows: 10_000,
      processedRows: 10_000,
      failed: 100,
      skipped: 70,
      updated: 0,
    });
    expect(done.created).toBe(10_000 - 100 - 70);

    const reportLines = await importErrorLines(t, bearer(rep1), uploaded.body.id);
    expect(reportLines[0]).toBe('row,column,reason');
    expect(reportLines).toHaveLength(101);
    expect(reportLines[1]).toMatch(/^9,name,name is required$/);
    expect(reportLines[2]).toMatch(/^11,email,"?email ""not-an-email"" is not an email address"?$/);

    const again = await upload(rep1, lines.join('\n'), 'big-again.csv').expect(201);
    const second = await runToEnd(rep1, again.body, ['name', 'phone', 'email', 'tier'], 'skip');
    expect(second.created).toBe(0);

    const imported = await t
      .as(rep1)
      .get('/api/v1/customers')
      .query({ q: 'Imported 12 Trading', limit: 5 })
      .expect(200);
    expect(imported.body.items[0]).toMatchObject({ tier: 'intent', owner: { id: rep1.user.id } });
    const timeline = await t
      .as(rep1)
      .get(`/api/v1/customers/${imported.body.items[0].id}/timeline`)
      .expect(200);
    expect(timeline.body.items[0].kind).toBe('imported');
    await t.as(rep2).get(`/api/v1/customers/${imported.body.items[0].id}`).expect(404);
  }, 120_000);

  it('create mode still refuses rows a blocking rule matches', async () => {
    const customer = await newCustomer(t, admin);
    const csv = `name,phone\nDuplicate Co,${customer.phones[0].value}\nFresh Co ${uniqueMobile()},${uniqueMobile()}\n`;
    const uploaded = await upload(admin, csv, 'dupes.csv').expect(201);
    const done = await runToEnd(admin, uploaded.body, ['name', 'phone'], 'create');
    expect(done).toMatchObject({ status: 'completed', created: 1, failed: 1 });
  });

  it('update mode fills the matching customer, and refuses one the importer may not update', async () => {
    const mine = await newCustomer(t, rep1, { industry: 'old' });
    const theirs = await newCustomer(t, rep2);
    const csv = [
      'name,phone,email,industry',
      `"${mine.name}",${mine.phones[0].value},new-${uniqueMobile()}@example.com,制造业`,
      `Someone Else,${theirs.phones[0].value},,`,
    ].join('\n');
    const uploaded = await upload(rep1, csv, 'update.csv').expect(201);
    const done = await runToEnd(
      rep1,
      uploaded.body,
      ['name', 'phone', 'email', 'industry'],
      'update',
    );
    expect(done).toMatchObject({ status: 'completed', created: 0, updated: 1, failed: 1 });
    const read = await t.as(rep1).get(`/api/v1/customers/${mine.id}`).expect(200);
    expect(read.body.industry).toBe('制造业');
    expect(read.body.phones).toHaveLength(1);
    expect(read.body.emails[0].value).toMatch(/^new-/);
    expect(read.body.version).toBe(2);
    const untouched = await t.as(rep2).get(`/api/v1/customers/${theirs.id}`).expect(200);
    expect(untouched.body.version).toBe(1);
  });

  it('imports an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow(['Name', 'Mobile', 'Kind']);
    sheet.addRow(['王小明', uniqueMobile(), '个人']);
    sheet.addRow([`XLSX Company ${uniqueMobile()}`, uniqueMobile(), 'company']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const uploaded = await upload(admin, buffer, 'customers.xlsx').expect(201);
    expect(uploaded.body.suggestedMapping).toEqual(['name', 'mobile', 'kind']);
    const done = await runToEnd(admin, uploaded.body, uploaded.body.suggestedMapping, 'skip');
    expect(done).toMatchObject({ status: 'completed', created: 2, failed: 0 });
  });

  it.each([
    ['notes.txt', 'name\nx'],
    ['broken.xlsx', 'this is not a zip file'],
    ['empty.csv', ''],
  ])('refuses %s with a clear 400', async (filename, content) => {
    const response = await upload(admin, content, filename).expect(400);
    expect(response.body.errors[0].field).toBe('file');
  });

  it('refuses a mapping without a name column or with the wrong length (400)', async () => {
    const uploaded = await upload(admin, 'a,b\nx,y\n', 'map.csv').expect(201);
    await t
      .as(admin)
      .post(`/api/v1/imports/${uploaded.body.id}/start`)
      .send({ mapping: ['phone', null], duplicateMode: 'skip' })
      .expect(400);
    await t
      .as(admin)
      .post(`/api/v1/imports/${uploaded.body.id}/start`)
      .send({ mapping: ['name'], duplicateMode: 'skip' })
      .expect(400);
    await t
      .as(admin)
      .post(`/api/v1/imports/${uploaded.body.id}/start`)
      .send({ mapping: ['name', 'salary'], duplicateMode: 'skip' })
      .expect(400);
  });

  it('names the error report after a non-ASCII upload with filename* beside an ASCII stand-in', async () => {
    const csv = `name,phone\n,${uniqueMobile()}\n`;
    const uploaded = await upload(rep1, csv, '客户名单 2026.csv').expect(201);
    const done = await runToEnd(rep1, uploaded.body, ['name', 'phone'], 'skip');
    expect(done).toMatchObject({ status: 'completed', failed: 1 });
    const report = await t
      .as(rep1)
      .get(`/api/v1/imports/${uploaded.body.id}/errors.csv`)
      .expect(200);
    expect(report.headers['content-disposition']).toBe(
      'attachment; filename="_ 2026-errors.csv"; ' +
        "filename*=UTF-8''%E5%AE%A2%E6%88%B7%E5%90%8D%E5%8D%95%202026-errors.csv",
    );
  });

  it('a viewer may not import (403)', async () => {
    const viewer = await signIn(t, DEMO_EMAILS.viewer);
    await upload(viewer, 'name\nx\n', 'v.csv').expect(403);
  });
});
