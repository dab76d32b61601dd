import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import { bearer, signIn, type Tokens } from './factories/auth.factory';
import { uniqueMobile } from './factories/customer.factory';
import { startImport, waitForImportEnd } from './factories/import.factory';
import { createTestApp, type TestApp } from './support/test-app';

interface PreviewBody {
  id: string;
  version: number;
  status: string;
  encoding: string | null;
  detectedEncoding: string | null;
  headers: string[];
  sampleRows: string[][];
  suggestedMapping: Array<string | null>;
  created: number;
  failed: number;
  failureReason: string | null;
}

describe('import file encodings', () => {
  let t: TestApp;
  let rep: Tokens;

  beforeAll(async () => {
    t = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    rep = await signIn(t, 'rep1@kehu.local');
  });
  afterAll(() => t.app.close());

  const upload = (target: 'customers' | 'leads', bytes: Buffer, query = '') =>
    t.as(rep).post(`/api/v1/imports/${target}${query}`).attach('file', bytes, 'export.csv');

  async function runToEnd(preview: PreviewBody, mapping: Array<string | null>, extra = {}) {
    await startImport(t, bearer(rep), preview, mapping, 'skip', extra);
    return waitForImportEnd<PreviewBody>(t, bearer(rep), preview.id);
  }

  const customersNamed = (prefix: string): Promise<Array<{ name: string }>> =>
    t.app
      .get(DataSource)
      .query('SELECT name FROM customers WHERE name LIKE $1 ORDER BY name', [`${prefix}%`]);

  const importCount = async (): Promise<number> =>
    Number((await t.app.get(DataSource).query('SELECT count(*) AS n FROM imports'))[0].n as string);

  const files = [
    {
      encoding: 'gb18030',
      make: (text: string) => iconv.encode(text, 'gbk'),
      company: '上海华为科技有限公司',
      headers: ['客户名称', '联系电话'],
    },
    {
      encoding: 'big5',
      make: (text: string) => iconv.encode(text, 'big5'),
      company: '臺北市信義區貿易股份有限公司',
      headers: ['客戶名稱', '聯絡電話'],
    },
    {
      encoding: 'utf-16le',
      make: (text: string) => iconv.encode(text, 'utf-16le', { addBOM: true }),
      company: '深圳市腾讯计算机系统有限公司',
      headers: ['客户名称', '联系电话'],
    },
    {
      encoding: 'utf-8',
      make: (text: string) => iconv.encode(text, 'utf-8', { addBOM: true }),
      company: '杭州阿里巴巴网络技术有限公司',
      headers: ['客户名称', '联系电话'],
    },
  ];

  it.each(files)(
    'previews and imports a $encoding file with its Chinese intact',
    async ({ encoding, make, company, headers }) => {
      const tag = randomBytes(3).toString('hex');
      const names = [`${company}${tag}`, `${company}分公司${tag}`];
      const csv = `${headers.join(',')}\r\n${names.map((name) => `${name},${uniqueMobile()}`).join('\r\n')}\r\n`;
      const uploaded = await upload('customers', make(csv)).expect(201);
      const preview = uploaded.body as PreviewBody;
      expect(preview).toMatchObject({
        encoding,
        detectedEncoding: encoding,
        headers,
        // Traditional headers (the Big5 file's) are suggested like simplified ones.
        suggestedMapping: ['name', 'phone'],
      });
      expect(preview.sampleRows.map((row) => row[0])).toEqual(names);
      const done = await runToEnd(preview, preview.suggestedMapping);
      expect(done).toMatchObject({ status: 'completed', created: 2, failed: 0 });
      const stored = await customersNamed(company);
      expect(stored.map((row) => row.name).filter((name) => name.endsWith(tag))).toEqual(
        [...names].sort(),
      );
    },
  );

  it('reads a lead file in its encoding too (the pipeline is shared)', async () => {
    const tag = randomBytes(3).toString('hex');
    const csv = `姓名,公司,手机\n王芳${tag},杭州云启,${uniqueMobile()}\n`;
    const preview = (await upload('leads', iconv.encode(csv, 'gbk')).expect(201))
      .body as PreviewBody;
    expect(preview).toMatchObject({ encoding: 'gb18030', headers: ['姓名', '公司', '手机'] });
    expect(await runToEnd(preview, ['name', 'company', 'mobile'])).toMatchObject({ created: 1 });
    const leads = await t.app
      .get(DataSource)
      .query('SELECT name, company FROM leads WHERE name = $1', [`王芳${tag}`]);
    expect(leads).toEqual([{ name: `王芳${tag}`, company: '杭州云启' }]);
  });

  it('reads the file again in a chosen encoding, and refuses one its bytes do not fit', async () => {
    const tag = randomBytes(3).toString('hex');
    const csv = `客户名称,联系电话\n北京小米科技有限责任公司${tag},${uniqueMobile()}\n`;
    const bytes = iconv.encode(csv, 'gbk');

    // Forced at upload: GBK bytes are no UTF-8, and nothing is kept.
    const before = await importCount();
    const refused = await upload('customers', bytes, '?encoding=utf-8').expect(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.detail).toMatch(/not valid UTF-8 text at line 1/);
    expect(await importCount()).toBe(before);
    await upload('customers', bytes, '?encoding=shift_jis').expect(400);

    // Read as Big5 (valid bytes, wrong text), then switched back.
    const asBig5 = (await upload('customers', bytes, '?encoding=big5').expect(201))
      .body as PreviewBody;
    expect(asBig5).toMatchObject({ encoding: 'big5', detectedEncoding: 'gb18030' });
    expect(asBig5.headers).not.toEqual(['客户名称', '联系电话']);
    const wrong = await t
      .as(rep)
      .post(`/api/v1/imports/${asBig5.id}/preview`)
      .send({ encoding: 'utf-8' })
      .expect(400);
    expect(wrong.body.detail).toMatch(/choose the file's encoding/i);
    await t
      .as(rep)
      .post(`/api/v1/imports/${asBig5.id}/preview`)
      .send({ encoding: 'latin1' })
      .expect(400);
    const reread = await t
      .as(rep)
      .post(`/api/v1/imports/${asBig5.id}/preview`)
      .set('If-Match', `"${asBig5.version}"`)
      .send({ encoding: 'gb18030' })
      .expect(200);
    expect(reread.body).toMatchObject({
      encoding: 'gb18030',
      headers: ['客户名称', '联系电话'],
      suggestedMapping: ['name', 'phone'],
    });
    expect(reread.body.sampleRows[0][0]).toBe(`北京小米科技有限责任公司${tag}`);
    const done = await runToEnd(reread.body as PreviewBody, ['name', 'phone']);
    expect(done).toMatchObject({ status: 'completed', created: 1 });

    // Or chosen when starting.
    const other = (await upload('customers', bytes, '?encoding=big5').expect(201))
      .body as PreviewBody;
    await t
      .as(rep)
      .post(`/api/v1/imports/${other.id}/start`)
      .send({ mapping: ['name', 'phone'], duplicateMode: 'skip', encoding: 'utf-8' })
      .expect(400);
    const started = await runToEnd(other, ['name', 'phone'], { encoding: 'gb18030' });
    expect(started).toMatchObject({ status: 'completed', encoding: 'gb18030', skipped: 1 });
  });

  it('fails an import whose bytes break further down, naming the line, with nothing stored', async () => {
    const tag = randomBytes(3).toString('hex');
    const lines = ['客户名称,联系电话'];
    for (let row = 0; row < 3000; row++)
      lines.push(`广州测试贸易有限公司${tag}${row},${uniqueMobile()}`);
    const good = iconv.encode(`${lines.join('\n')}\n`, 'gbk');
    expect(good.length).toBeGreaterThan(64 * 1024);
    const bytes = Buffer.concat([good, Buffer.from([0xff, 0x2c, 0x31, 0x0a])]);
    const preview = (await upload('customers', bytes).expect(201)).body as PreviewBody;
    expect(preview.encoding).toBe('gb18030');
    const done = await runToEnd(preview, ['name', 'phone']);
    expect(done.status).toBe('failed');
    expect(done.failureReason).toMatch(/Line 3002 .*not valid GB18030 \/ GBK text/);
    expect(await customersNamed(`广州测试贸易有限公司${tag}`)).toEqual([]);
  });
});
