import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { bearer, signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueCompanyName, uniqueMobile } from './factories/customer.factory';
import {
  importErrorLines,
  startImport,
  uploadImport,
  waitForImportEnd,
} from './factories/import.factory';
import { newLead } from './factories/lead.factory';
import { binaryBody } from './support/binary-body';
import { parseCsv } from './support/csv';
import { createTestApp, type TestApp } from './support/test-app';

const option = (key: string, zh: string, en: string) => ({ key, label: { zh, en } });

/** The customer fields of this file (its own database: the keys need not be unique). */
const CUSTOMER_FIELDS = [
  { key: 'outlets', type: 'number', label: { zh: '网点数', en: 'Outlets' } },
  {
    key: 'segment',
    type: 'single_select',
    label: { zh: '客户细分', en: 'Segment' },
    options: [option('smb', '中小企业', 'SMB'), option('ka', '大客户', 'Key account')],
  },
  {
    key: 'channels',
    type: 'multi_select',
    label: { zh: '渠道偏好', en: 'Channels' },
    options: [option('online', '线上', 'Online'), option('offline', '线下', 'Offline')],
  },
  { key: 'vip', type: 'boolean', label: { zh: '重点客户', en: 'VIP' }, defaultValue: false },
  { key: 'signed_on', type: 'date', label: { zh: '签约日期', en: 'Signed on' } },
  { key: 'budget', type: 'currency', label: { zh: '预算金额', en: 'Budget' } },
  { key: 'share', type: 'percent', label: { zh: '份额', en: 'Share' } },
  { key: 'account_manager', type: 'user', label: { zh: '客户经理', en: 'Account manager' } },
  {
    key: 'secret_score',
    type: 'number',
    label: { zh: '内部评分', en: 'Internal score' },
    hiddenFromRoles: ['sales_rep', 'sales_manager'],
  },
  {
    key: 'approved',
    type: 'boolean',
    label: { zh: '已审批', en: 'Approved' },
    readOnlyForRoles: ['sales_rep'],
  },
  { key: 'booth', type: 'text', label: { zh: '展位', en: 'Booth' } },
  { key: 'visited_at', type: 'datetime', label: { zh: '拜访时间', en: 'Visited at' } },
];

const LEAD_FIELDS = [
  { key: 'booth', type: 'text', label: { zh: '展位', en: 'Booth' } },
  { key: 'budget', type: 'number', label: { zh: '预算', en: 'Budget' } },
  { key: 'lead_only', type: 'text', label: { zh: '线索备注', en: 'Lead only' } },
];

describe('custom fields on the import, export, conversion and merge write paths', () => {
  let t: TestApp;
  let admin: Tokens, manager: Tokens, rep1: Tokens, rep2: Tokens;

  beforeAll(async () => {
    t = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    [admin, manager, rep1, rep2] = await signInAll(t, 'admin manager rep1 rep2');
    for (const field of CUSTOMER_FIELDS)
      await t
        .as(admin)
        .post('/api/v1/custom-fields')
        .send({ recordType: 'customer', ...field })
        .expect(201);
    for (const field of LEAD_FIELDS)
      await t
        .as(admin)
        .post('/api/v1/custom-fields')
        .send({ recordType: 'lead', ...field })
        .expect(201);
  });
  afterAll(() => t.app.close());

  async function importFile(
    as: Tokens,
    target: 'customers' | 'leads',
    content: string | Buffer,
    filename: string,
    duplicateMode = 'create',
    mappingOf: (suggested: Array<string | null>) => Array<string | null> = (s) => s,
  ) {
    const uploaded = (await uploadImport(t, bearer(as), target, content, filename).expect(201))
      .body as { id: string; version: number; suggestedMapping: Array<string | null> };
    await startImport(t, bearer(as), uploaded, mappingOf(uploaded.suggestedMapping), duplicateMode);
    const done = await waitForImportEnd(t, bearer(as), uploaded.id, { timeoutMs: 60_000 });
    return { uploaded, done, errors: await importErrorLines(t, bearer(as), uploaded.id) };
  }

  async function customerNamed(as: Tokens, name: string) {
    const found = await t.as(as).get('/api/v1/customers').query({ q: name, limit: 5 }).expect(200);
    const item = (found.body.items as Array<{ id: string; name: string }>).find(
      (customer) => customer.name === name,
    );
    if (!item) throw new Error(`no customer named ${name}`);
    return (await t.as(as).get(`/api/v1/customers/${item.id}`).expect(200)).body as {
      id: string;
      version: number;
      customFields: Record<string, unknown>;
    };
  }

  it('maps a GBK CSV file by the fields’ labels and keys, reads each cell for its type and reports bad rows', async () => {
    const names = Array.from({ length: 6 }, (_, index) => `导入自定义${index}号${uniqueMobile()}`);
    const csv = [
      '名称,手机,网点数,Segment,channels,重点客户,签约日期,预算金额,份额,客户经理,approved',
      `${names[0]},${uniqueMobile()},"1,234",大客户,线上、线下,是,2026年12月7日,"￥500,000",12.5%,rep2@kehu.local,`,
      `${names[1]},${uniqueMobile()},很多,,,,,,,,`,
      `${names[2]},${uniqueMobile()},,VIP客户,,,,,,,`,
      `${names[3]},${uniqueMobile()},,,,,,,,,是`,
      `${names[4]},${uniqueMobile()},,,,,,,,nobody@kehu.local,`,
      `${names[5]},${uniqueMobile()},,,,,2026/1/5,,,,`,
    ].join('\r\n');
    const { uploaded, done, errors } = await importFile(
      rep1,
      'customers',
      iconv.encode(csv, 'gbk'),
      '自定义字段.csv',
    );
    expect(uploaded.suggestedMapping).toEqual([
      'name',
      'mobile',
      'cf.outlets',
      'cf.segment',
      'cf.channels',
      'cf.vip',
      'cf.signed_on',
      'cf.budget',
      'cf.share',
      'cf.account_manager',
      'cf.approved',
    ]);
    expect(done).toMatchObject({ status: 'completed', created: 2, failed: 4 });
    expect(errors.slice(1)).toEqual([
      '3,cf.outlets,"""很多"" is not a number"',
      '4,cf.segment,"""VIP客户"" is not an option of this field"',
      '5,cf.approved,You may not set: cf.approved.',
      `6,cf.account_manager,"""nobody@kehu.local"" is not a user's e-mail address"`,
    ]);
    const full = await customerNamed(rep1, names[0]);
    expect(full.customFields).toEqual({
      outlets: 1234,
      segment: 'ka',
      channels: ['online', 'offline'],
      vip: true,
      signed_on: '2026-12-07',
      budget: '500000.00',
      share: 12.5,
      account_manager: rep2.user.id,
    });
    // The default fills in a field the row leaves empty.
    expect((await customerNamed(rep1, names[5])).customFields).toEqual({
      vip: false,
      signed_on: '2026-01-05',
    });
  });

  it('refuses a mapping to a custom field the caller does not see, as to an unknown one', async () => {
    for (const field of ['cf.secret_score', 'cf.no_such_field']) {
      const uploaded = (
        await uploadImport(t, bearer(rep1), 'customers', `名称,x\nA,1\n`, 'hidden.csv').expect(201)
      ).body as { id: string; version: number };
      const response = await t
        .as(rep1)
        .post(`/api/v1/imports/${uploaded.id}/start`)
        .set('If-Match', `"${uploaded.version}"`)
        .send({ mapping: ['name', field], duplicateMode: 'skip' })
        .expect(400);
      expect(JSON.stringify(response.body)).toContain(`${field} is not a field of customers`);
    }
  });

  it('updates from an XLSX workbook only the custom fields it gives', async () => {
    const customer = await newCustomer(t, admin, {
      customFields: { outlets: 3, segment: 'smb', vip: true },
    });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRow(['Name', 'Phone', 'Outlets', 'Signed on', 'Share', 'Visited at']);
    sheet.addRow([
      customer.name,
      customer.phones[0].value,
      7,
      new Date(Date.UTC(2026, 11, 7)),
      '',
      // A date cell with a time: the sheet's wall-clock time, read as China time.
      new Date(Date.UTC(2026, 11, 7, 14, 30)),
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const { uploaded, done } = await importFile(
      admin,
      'customers',
      buffer,
      'update.xlsx',
      'update',
    );
    expect(uploaded.suggestedMapping).toEqual([
      'name',
      'phone',
      'cf.outlets',
      'cf.signed_on',
      'cf.share',
      'cf.visited_at',
    ]);
    expect(done).toMatchObject({ status: 'completed', updated: 1, failed: 0 });
    const read = await t.as(admin).get(`/api/v1/customers/${customer.id}`).expect(200);
    expect(read.body.customFields).toEqual({
      outlets: 7,
      segment: 'smb',
      vip: true,
      signed_on: '2026-12-07',
      visited_at: '2026-12-07T06:30:00.000Z',
    });
  });

  it('exports a column per custom field the caller sees, for people to read, and re-imports it unchanged', async () => {
    const industry = `cf-export-${uniqueMobile()}`;
    // A name without a comma, for parseCsv.
    const customer = await newCustomer(t, rep1, {
      name: `导出公司${uniqueMobile()}`,
      industry,
      customFields: {
        outlets: 12,
        segment: 'smb',
        channels: ['online', 'offline'],
        signed_on: '2026-12-07',
        budget: '-1500.5',
        share: 7.25,
        account_manager: rep2.user.id,
        booth: '=A1+1',
      },
    });
    await t
      .as(admin)
      .patch(`/api/v1/customers/${customer.id}`)
      .set('If-Match', `"${customer.version}"`)
      .send({ customFields: { secret_score: 99, approved: true } })
      .expect(200);
    const before = (await t.as(admin).get(`/api/v1/customers/${customer.id}`).expect(200)).body;

    const exported = await t
      .as(admin)
      .get('/api/v1/customers/export')
      .query({ industry, lang: 'zh-CN' })
      .expect(200);
    const [header, row] = parseCsv(exported.text);
    const cell = (label: string) => row[header.indexOf(label)];
    expect(header).toEqual(
      expect.arrayContaining(['网点数', '客户细分', '渠道偏好', '重点客户', '内部评分', '已审批']),
    );
    expect([
      cell('网点数'),
      cell('客户细分'),
      cell('渠道偏好'),
      cell('重点客户'),
      cell('签约日期'),
      cell('预算金额'),
      cell('份额'),
      cell('客户经理'),
      cell('展位'),
      cell('内部评分'),
      cell('已审批'),
    ]).toEqual([
      '12',
      '中小企业',
      '线上、线下',
      '否',
      '2026-12-07',
      "'-1500.50",
      '7.25%',
      'rep2@kehu.local',
      "'=A1+1",
      '99',
      '是',
    ]);

    const repExport = await t
      .as(rep1)
      .get('/api/v1/customers/export')
      .query({ industry, lang: 'en' })
      .expect(200);
    const [repHeader, ...repRows] = parseCsv(repExport.text);
    expect(repHeader).toEqual(expect.arrayContaining(['Outlets', 'Segment', 'Approved']));
    expect(repHeader).not.toContain('Internal score');
    // The hidden field's value is in no cell (a generated phone may well contain "99").
    expect(repRows.flat()).not.toContain('99');

    // The admin's file, imported back in update mode: its custom fields change nothing.
    const { uploaded, done } = await importFile(
      admin,
      'customers',
      exported.text,
      'round-trip.csv',
      'update',
      (suggested) =>
        suggested.map((field) =>
          field === 'name' || field === 'phone' || field?.startsWith('cf.') ? field : null,
        ),
    );
    expect(done).toMatchObject({ status: 'completed', updated: 1, failed: 0 });
    const after = (await t.as(admin).get(`/api/v1/customers/${customer.id}`).expect(200)).body;
    expect(after.customFields).toEqual(before.customFields);
    // The demo's person field 微信号 maps back to itself, not to the WeChat handle it names too.
    expect(uploaded.suggestedMapping[header.indexOf('微信号')]).toBe('cf.wechat_id');
  });

  it('exports an XLSX file whose custom field columns re-import unchanged', async () => {
    const industry = `cf-xlsx-${uniqueMobile()}`;
    const customer = await newCustomer(t, admin, {
      industry,
      customFields: {
        outlets: 4.5,
        segment: 'ka',
        vip: true,
        share: 50,
        visited_at: '2026-12-07T06:30:15.250Z',
      },
    });
    const exported = await t
      .as(admin)
      .get('/api/v1/customers/export')
      .query({ industry, lang: 'en', format: 'xlsx' })
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const { done } = await importFile(
      admin,
      'customers',
      exported.body as Buffer,
      'round-trip.xlsx',
      'update',
      (suggested) =>
        suggested.map((field) =>
          field === 'name' || field === 'phone' || field?.startsWith('cf.') ? field : null,
        ),
    );
    expect(done).toMatchObject({ status: 'completed', updated: 1, failed: 0 });
    const after = (await t.as(admin).get(`/api/v1/customers/${customer.id}`).expect(200)).body;
    expect(after.customFields).toEqual({
      outlets: 4.5,
      segment: 'ka',
      vip: true,
      share: 50,
      visited_at: '2026-12-07T06:30:15.250Z',
    });
  });

  it('imports and exports lead custom fields', async () => {
    const interest = `interest-${uniqueMobile()}`;
    const csv = `name,mobile,productInterest,展位,预算\n王芳,${uniqueMobile()},${interest},11.2馆C15,"8,000"\n`;
    const { done } = await importFile(admin, 'leads', csv, 'leads.csv');
    expect(done).toMatchObject({ status: 'completed', created: 1, failed: 0 });
    const found = await t
      .as(admin)
      .get('/api/v1/leads')
      .query({ productInterest: interest })
      .expect(200);
    expect(found.body.items[0].customFields).toEqual({ booth: '11.2馆C15', budget: 8000 });
    const exported = await t
      .as(admin)
      .get('/api/v1/leads/export')
      .query({ productInterest: interest, lang: 'zh-CN' })
      .expect(200);
    const [header, row] = parseCsv(exported.text);
    expect(row[header.indexOf('展位')]).toBe('11.2馆C15');
    expect(row[header.indexOf('预算')]).toBe('8000');
  });

  it('takes lead custom fields from a web form, read and checked as the API checks them', async () => {
    const origin = 'https://shop.example.cn';
    await t
      .as(admin)
      .post('/api/v1/settings/web-forms')
      .send({ name: 'x', allowedOrigins: [origin], fieldMapping: { n: 'name', b: 'cf.nope' } })
      .expect(400);
    const form = (
      await t
        .as(admin)
        .post('/api/v1/settings/web-forms')
        .send({
          name: 'Booth requests',
          allowedOrigins: [origin],
          fieldMapping: {
            full_name: 'name',
            product: 'productInterest',
            stand: 'cf.booth',
            budget: 'cf.budget',
          },
        })
        .expect(201)
    ).body as { submitPath: string; embedSnippet: string };
    // The snippet labels a custom field's input by the field's labels, as the others.
    expect(form.embedSnippet).toContain('<label>Booth / 展位<br><input name="stand"');
    const submit = (body: Record<string, string>) =>
      t.http().post(form.submitPath).set('Origin', origin).send(body);

    const refused = await submit({ full_name: '访客', product: 'x', budget: '很多' }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('budget \\"很多\\" is not a number');

    const interest = `web-${uniqueMobile()}`;
    await submit({ full_name: '访客', product: interest, stand: 'B7', budget: '1,200' }).expect(
      201,
    );
    const found = await t
      .as(admin)
      .get('/api/v1/leads')
      .query({ productInterest: interest })
      .expect(200);
    expect(found.body.items[0].customFields).toEqual({ booth: 'B7', budget: 1200 });
  });

  it('carries a converted lead’s values to the customer, with defaults, and asks for required fields', async () => {
    const required = (
      await t
        .as(admin)
        .post('/api/v1/custom-fields')
        .send({
          recordType: 'customer',
          appliesTo: 'company',
          key: 'region_code',
          type: 'text',
          required: true,
          label: { zh: '区域代码', en: 'Region code' },
        })
        .expect(201)
    ).body as { id: string; version: number };
    try {
      const lead = await newLead(t, admin, {
        company: uniqueCompanyName(),
        customFields: { booth: 'C15', budget: 500, lead_only: 'x' },
      });
      const refused = await t
        .as(admin)
        .post(`/api/v1/leads/${lead.id}/convert`)
        .set('If-Match', `"${lead.version}"`)
        .send({ acknowledgeDuplicates: true })
        .expect(400);
      expect(JSON.stringify(refused.body)).toContain('customer.customFields.region_code');

      const converted = await t
        .as(admin)
        .post(`/api/v1/leads/${lead.id}/convert`)
        .set('If-Match', `"${lead.version}"`)
        .send({
          acknowledgeDuplicates: true,
          customer: { customFields: { region_code: 'SH', outlets: 2 } },
        })
        .expect(200);
      const company = await t
        .as(admin)
        .get(`/api/v1/customers/${converted.body.customerId}`)
        .expect(200);
      expect(company.body.customFields).toEqual({
        booth: 'C15',
        budget: '500.00',
        region_code: 'SH',
        outlets: 2,
        vip: false,
      });
      const person = await t
        .as(admin)
        .get(`/api/v1/customers/${converted.body.contactPersonId}`)
        .expect(200);
      expect(person.body.customFields).toEqual({ vip: false });
    } finally {
      await t
        .as(admin)
        .delete(`/api/v1/custom-fields/${required.id}`)
        .set('If-Match', `"${required.version}"`)
        .expect(204);
    }
  });

  it('merges custom fields by choice, else the survivor’s value, else the other’s, hidden ones untouchable', async () => {
    const target = await newCustomer(t, rep1, { customFields: { outlets: 1 } });
    const source = await newCustomer(t, rep1, { customFields: { outlets: 2, segment: 'ka' } });
    await t
      .as(admin)
      .patch(`/api/v1/customers/${source.id}`)
      .set('If-Match', `"${source.version}"`)
      .send({ customFields: { secret_score: 5 } })
      .expect(200);

    const hidden = await t
      .as(manager)
      .post(`/api/v1/customers/${target.id}/merge`)
      .set('If-Match', `"${target.version}"`)
      .send({ sourceId: source.id, fields: { 'cf.secret_score': 'source' } })
      .expect(400);
    expect(JSON.stringify(hidden.body)).toContain('cf.secret_score cannot be merged');

    const merged = await t
      .as(manager)
      .post(`/api/v1/customers/${target.id}/merge`)
      .set('If-Match', `"${target.version}"`)
      .send({ sourceId: source.id, fields: { 'cf.outlets': 'source' } })
      .expect(200);
    expect(merged.body.customFields).toEqual({ outlets: 2, segment: 'ka', vip: false });
    const survivor = await t.as(admin).get(`/api/v1/customers/${target.id}`).expect(200);
    expect(survivor.body.customFields).toMatchObject({
      outlets: 2,
      segment: 'ka',
      secret_score: 5,
    });
    const audit = await t
      .as(admin)
      .get('/api/v1/audit')
      .query({ entity: 'customer', entityId: target.id })
      .expect(200);
    const entry = (audit.body.items as Array<{ action: string; changes: unknown }>).find(
      (item) => item.action === 'merge',
    );
    expect(JSON.stringify(entry)).toContain('customFields');
  });
});
