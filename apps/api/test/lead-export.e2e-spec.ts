import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import {
  bearer,
  DEMO_EMAILS,
  newUser,
  signIn,
  signInAll,
  type Tokens,
} from './factories/auth.factory';
import { uniqueMobile } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { eventually } from './support/eventually';
import { binaryBody } from './support/binary-body';
import { parseCsv } from './support/csv';
import { createTestApp, type TestApp } from './support/test-app';

const EXPORT_LIMIT = 3;

describe('lead export', () => {
  let t: TestApp;
  let admin: Tokens, manager: Tokens, rep1: Tokens, rep2: Tokens;

  beforeAll(async () => {
    t = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    [admin, manager, rep1, rep2] = await signInAll(t, 'admin manager rep1 rep2');
  });
  afterAll(() => t.app.close());

  const exportLeads = (as: Tokens, query: Record<string, string>) =>
    t
      .as(as)
      .get('/api/v1/leads/export')
      .query({ lang: 'en', ...query });

  it("a sales rep's export holds only their own leads; their manager's holds the team's", async () => {
    const region = `Export-${randomBytes(3).toString('hex')}`;
    const mine = await newLead(t, rep1, { name: 'Rep One Lead', region });
    const theirs = await newLead(t, rep2, { name: 'Rep Two Lead', region });
    const response = await exportLeads(rep1, { region }).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="leads-.*\.csv"/);
    const rows = parseCsv(response.text);
    expect(rows[0].slice(0, 3)).toEqual(['Number', 'Name', 'Company']);
    expect(rows.slice(1).map((row) => row[0])).toEqual([mine.number]);

    const managers = parseCsv((await exportLeads(manager, { region }).expect(200)).text);
    expect(
      managers
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual([mine.number, theirs.number].sort());
  });

  it('applies the list filters and streams every page (1,050 imported leads)', async () => {
    const region = `Paged-${randomBytes(3).toString('hex')}`;
    const lines = ['name,mobile,region,source'];
    for (let row = 0; row < 1050; row++)
      lines.push(`Paged ${row},${uniqueMobile()},${region},${row % 2 === 0 ? 'event' : 'phone'}`);
    const uploaded = await t
      .as(rep1)
      .post('/api/v1/imports/leads')
      .attach('file', Buffer.from(lines.join('\n')), 'paged.csv')
      .expect(201);
    await t
      .as(rep1)
      .post(`/api/v1/imports/${uploaded.body.id}/start`)
      .send({ mapping: ['name', 'mobile', 'region', 'source'], duplicateMode: 'skip' })
      .expect(200);
    const imported = await eventually(
      async () => {
        const job = await t.as(rep1).get(`/api/v1/imports/${uploaded.body.id}`);
        expect(['completed', 'failed']).toContain(job.body.status);
        return job.body as { status: string };
      },
      { timeoutMs: 60_000 },
    );
    expect(imported.status).toBe('completed');
    const all = parseCsv((await exportLeads(rep1, { region, sort: 'name' }).expect(200)).text);
    expect(all).toHaveLength(1051);
    expect(new Set(all.slice(1).map((row) => row[0])).size).toBe(1050);
    const events = parseCsv(
      (await exportLeads(rep1, { region, source: 'event' }).expect(200)).text,
    );
    expect(events).toHaveLength(526);
    const sourceColumn = events[0].indexOf('Source');
    expect(events.slice(1).every((row) => row[sourceColumn] === 'Event')).toBe(true);
  });

  it('neutralizes spreadsheet formulas in lead data', async () => {
    const region = `Formula-${randomBytes(3).toString('hex')}`;
    await newLead(t, admin, {
      name: '=HYPERLINK("http://evil.example","x")',
      company: '+cmd|calc',
      region,
      ownerId: admin.user.id,
    });
    const response = await exportLeads(admin, { region }).expect(200);
    expect(response.text).toContain(`'=HYPERLINK`);
    expect(response.text).toContain(`'+cmd|calc`);
    expect(response.text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('exports XLSX that a spreadsheet reader opens', async () => {
    const region = `Xlsx-${randomBytes(3).toString('hex')}`;
    const lead = await newLead(t, rep1, { name: '杭州云启 王芳', region });
    const response = await exportLeads(rep1, { region, format: 'xlsx' })
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('Leads');
    expect(sheet?.getRow(2).getCell(1).value).toBe(lead.number);
    expect(sheet?.getRow(2).getCell(2).value).toBe('杭州云启 王芳');
    expect(sheet?.rowCount).toBe(2);
  });

  it.each([[{ format: 'pdf' }], [{ status: 'bogus' }], [{ limit: '10' }], [{ colour: 'red' }]])(
    'refuses a bad query %j with a 400 problem',
    async (query) => {
      const response = await exportLeads(admin, query as Record<string, string>).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    },
  );

  it('limits lead exports per caller like customer exports (429 with Retry-After)', async () => {
    // An app of its own with a low limit, and callers of its own: the windows live in the
    // database, where this file's other tests export as the demo accounts.
    const limited = await createTestApp({ EXPORT_MAX_REQUESTS_PER_WINDOW: String(EXPORT_LIMIT) });
    try {
      const [marketer, other] = await Promise.all(
        [1, 2].map(() => newUser(t, admin, { roles: ['marketer'] })),
      );
      const exportVia = (as: Tokens) =>
        limited.http().get('/api/v1/leads/export').query({ q: 'none' }).set(bearer(as));
      for (let i = 0; i < EXPORT_LIMIT; i++) await exportVia(marketer).expect(200);
      const refused = await exportVia(marketer).expect(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      await exportVia(other).expect(200);
    } finally {
      await limited.app.close();
    }
  });

  it.each([DEMO_EMAILS.channel_partner, DEMO_EMAILS.viewer])(
    '%s may not export leads (403)',
    async (email) => {
      await exportLeads(await signIn(t, email), {}).expect(403);
    },
  );
});
