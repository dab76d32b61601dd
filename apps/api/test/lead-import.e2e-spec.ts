import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, newUser, signInAll, type Tokens } from './factories/auth.factory';
import { uniqueMobile } from './factories/customer.factory';
import {
  importErrorLines,
  startImport,
  uploadImport,
  waitForImportEnd,
  type ImportBody,
} from './factories/import.factory';
import { newLead, newTeam, replaceAssignmentRules } from './factories/lead.factory';
import { createTestApp, type TestApp } from './support/test-app';

interface StoredLead {
  name: string;
  ownerId: string | null;
  teamId: string | null;
  source: string;
  score: number;
  company: string | null;
}

describe('lead import', () => {
  let t: TestApp;
  let admin: Tokens, manager: Tokens, rep1: Tokens, rep2: Tokens;
  let teamId: string;
  let fallbackTeamId: string;
  let members: Tokens[];
  const region = `R-${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    t = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    [admin, manager, rep1, rep2] = await signInAll(t, 'admin manager rep1 rep2');
    teamId = await newTeam(t, admin, `Import round ${randomBytes(3).toString('hex')}`);
    fallbackTeamId = await newTeam(t, admin, `Import queue ${randomBytes(3).toString('hex')}`);
    members = await Promise.all(
      [0, 1, 2].map(() => newUser(t, admin, { roles: ['sales_rep'], teamIds: [teamId] })),
    );
    const replaced = await replaceAssignmentRules(t, admin, {
      rules: [
        {
          name: 'imported round',
          conditions: { regions: [region] },
          strategy: 'round-robin',
          teamId,
        },
      ],
      fallbackTeamId,
    });
    expect(replaced.status).toBe(200);
  });
  afterAll(() => t.app.close());

  const upload = (as: Tokens, content: string, filename = 'leads.csv') =>
    uploadImport(t, bearer(as), 'leads', content, filename);

  async function runToEnd(
    as: Tokens,
    uploaded: ImportBody,
    mapping: Array<string | null>,
    duplicateMode = 'skip',
  ): Promise<ImportBody> {
    await startImport(t, bearer(as), uploaded, mapping, duplicateMode);
    return waitForImportEnd(t, bearer(as), uploaded.id, { timeoutMs: 120_000 });
  }

  async function leadsNamed(prefix: string): Promise<StoredLead[]> {
    return t.app.get(DataSource).query(
      `SELECT name, owner_id AS "ownerId", team_id AS "teamId", source, score, company
           FROM leads WHERE name LIKE $1 AND deleted_at IS NULL ORDER BY number`,
      [`${prefix}%`],
    );
  }

  it('previews a lead sheet with a mapping suggested from Chinese headers', async () => {
    const csv =
      '姓名,公司,手机,邮箱,意向产品,负责人\n王芳,杭州云启,13912345678,wf@example.cn,CRM,\n';
    const response = await upload(rep1, csv).expect(201);
    expect(response.body).toMatchObject({
      target: 'leads',
      status: 'uploaded',
      suggestedMapping: ['name', 'company', 'mobile', 'email', 'productInterest', 'owner'],
    });
    const refused = await t
      .as(rep1)
      .post(`/api/v1/imports/${response.body.id}/start`)
      .send({
        mapping: ['name', 'company', 'mobile', 'email', 'tier', null],
        duplicateMode: 'skip',
      })
      .expect(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    await t.as(rep2).get(`/api/v1/imports/${response.body.id}`).expect(404);
  });

  it('assigns rows without an owner by the rules, round-robin, and skips them all on re-import', async () => {
    const prefix = `Imported ${randomBytes(3).toString('hex')}`;
    const lines = ['name,company,mobile,email,region,owner'];
    for (let row = 0; row < 30; row++)
      lines.push(`${prefix} ${row},Co ${row},${uniqueMobile()},,${region},`);
    for (let row = 30; row < 35; row++) lines.push(`${prefix} ${row},,${uniqueMobile()},,nowhere,`);
    lines.push(`${prefix} 35,,${uniqueMobile()},,${region},rep1@kehu.local`);
    lines.push(`${prefix} 36,,${uniqueMobile()},,${region},rep3@kehu.local`);
    lines.push(`${prefix} 37,,${uniqueMobile()},not-an-email,${region},`);
    lines.push(`,,${uniqueMobile()},,${region},`);
    lines.push(`${prefix} 39,,${uniqueMobile()},,${region},nobody@kehu.local`);
    const csv = lines.join('\n');
    // One member reads English: their notification is written in it, the others' in Chinese.
    await t.as(members[1]).patch('/api/v1/auth/me').send({ locale: 'en' }).expect(200);
    const uploaded = await upload(manager, csv).expect(201);
    const mapping = ['name', 'company', 'mobile', 'email', 'region', 'owner'];
    const done = await runToEnd(manager, uploaded.body, mapping);
    expect(done).toMatchObject({
      target: 'leads',
      status: 'completed',
      totalRows: 40,
      processedRows: 40,
      created: 36,
      skipped: 0,
      failed: 4,
    });

    const stored = await leadsNamed(prefix);
    expect(stored).toHaveLength(36);
    const byRules = stored.slice(0, 30);
    const counts = members.map(
      (member) => byRules.filter((lead) => lead.ownerId === member.user.id).length,
    );
    expect(counts).toEqual([10, 10, 10]);
    expect(byRules.every((lead) => lead.teamId === teamId)).toBe(true);
    expect(byRules[0].ownerId).not.toBe(byRules[1].ownerId);
    for (const lead of stored.slice(30, 35)) {
      expect(lead).toMatchObject({ ownerId: null, teamId: fallbackTeamId });
    }
    expect(stored[35].ownerId).toBe(rep1.user.id);
    const batchNotes = async (member: Tokens) => {
      const notes = await t.as(member).get('/api/v1/notifications').expect(200);
      return (notes.body.items as Array<{ kind: string }>).filter(
        (note) => note.kind === 'leads-imported',
      );
    };
    const params = { count: 10, filename: 'leads.csv' };
    expect(await batchNotes(members[0])).toEqual([
      expect.objectContaining({
        kind: 'leads-imported',
        params,
        title: '从 leads.csv 导入了 10 条新线索',
      }),
    ]);
    expect(await batchNotes(members[1])).toEqual([
      expect.objectContaining({
        kind: 'leads-imported',
        params,
        title: '10 new leads from leads.csv',
      }),
    ]);
    expect(stored.every((lead) => lead.source === 'import' && lead.score > 0)).toBe(true);
    expect(stored[0].score).toBeGreaterThan(stored[30].score); // company filled in: more complete

    const events: Array<{ kind: string; count: number }> = await t.app.get(DataSource).query(
      `SELECT e.kind, count(*)::int AS count FROM timeline_events e JOIN leads l ON l.id = e.subject_id
          WHERE l.name LIKE $1 GROUP BY e.kind ORDER BY e.kind`,
      [`${prefix}%`],
    );
    expect(events).toEqual([
      { kind: 'assigned', count: 35 },
      { kind: 'imported', count: 36 },
    ]);
    const audited: Array<{ count: number }> = await t.app.get(DataSource).query(
      `SELECT count(*)::int AS count FROM audit_log a JOIN leads l ON l.id = a.entity_id
          WHERE a.entity = 'lead' AND a.action = 'create' AND l.name LIKE $1`,
      [`${prefix}%`],
    );
    expect(audited[0].count).toBe(36);

    const reportLines = await importErrorLines(t, bearer(manager), uploaded.body.id);
    expect(reportLines[0]).toBe('row,column,reason');
    expect(reportLines.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      '38,owner',
      '39,email',
      '40,name',
      '41,owner',
    ]);
    expect(reportLines.join('\n')).toContain('You may not create leads for this owner.');
    expect(reportLines.join('\n')).toContain('names no active user');

    const again = await upload(manager, csv).expect(201);
    const repeated = await runToEnd(manager, again.body, mapping);
    expect(repeated).toMatchObject({ status: 'completed', created: 0, skipped: 36, failed: 4 });
    expect(await leadsNamed(prefix)).toHaveLength(36);
  });

  it('matches duplicates on normalized phone and email, and updates them when asked', async () => {
    const existing = await newLead(t, rep1, {
      name: 'Existing Lead',
      phones: [{ type: 'mobile', value: '139-1111-2222' }],
      emails: [{ type: 'work', value: 'Known.Person@Example.cn' }],
    });
    const csv = [
      'name,company,phone,email',
      'Same Phone,Phone Co,+86 139 1111 2222,',
      `Same Email,Mail Co,${uniqueMobile()},known.person@example.cn`,
    ].join('\n');
    const skipped = await runToEnd(rep1, (await upload(rep1, csv).expect(201)).body, [
      'name',
      'company',
      'phone',
      'email',
    ]);
    expect(skipped).toMatchObject({ created: 0, skipped: 2 });

    const updated = await runToEnd(
      rep1,
      (await upload(rep1, 'name,company,phone\nExisting Lead,Updated Co,13911112222\n').expect(201))
        .body,
      ['name', 'company', 'phone'],
      'update',
    );
    expect(updated).toMatchObject({ created: 0, updated: 1 });
    const lead = await t.as(rep1).get(`/api/v1/leads/${existing.id}`).expect(200);
    expect(lead.body).toMatchObject({ company: 'Updated Co', version: existing.version + 1 });
    expect(lead.body.phones).toHaveLength(1);

    // rep2 may not update rep1's private lead: the row fails instead.
    const denied = await runToEnd(
      rep2,
      (await upload(rep2, 'name,company,phone\nExisting Lead,Taken Co,13911112222\n').expect(201))
        .body,
      ['name', 'company', 'phone'],
      'update',
    );
    expect(denied).toMatchObject({ created: 0, updated: 0, failed: 1 });
  });

  it('a sales rep owns the leads they import and may not import for another rep', async () => {
    const prefix = `Rep import ${randomBytes(3).toString('hex')}`;
    const csv = [
      'name,mobile,region,owner',
      `${prefix} 1,${uniqueMobile()},${region},`,
      `${prefix} 2,${uniqueMobile()},${region},rep2@kehu.local`,
    ].join('\n');
    const done = await runToEnd(rep1, (await upload(rep1, csv).expect(201)).body, [
      'name',
      'mobile',
      'region',
      'owner',
    ]);
    expect(done).toMatchObject({ created: 1, failed: 1 });
    const stored = await leadsNamed(prefix);
    expect(stored.map((lead) => lead.ownerId)).toEqual([rep1.user.id]);
  });

  it('least-open-leads counts the leads a batch hands out as it goes', async () => {
    const loadTeam = await newTeam(t, admin, `Import load ${randomBytes(3).toString('hex')}`);
    const loaded = await Promise.all(
      [0, 1, 2].map(() => newUser(t, admin, { roles: ['sales_rep'], teamIds: [loadTeam] })),
    );
    const loadRegion = `L-${randomBytes(3).toString('hex')}`;
    for (let i = 0; i < 2; i++)
      await newLead(t, admin, { name: `Busy ${i}`, ownerId: loaded[0].user.id, teamId: loadTeam });
    const replaced = await replaceAssignmentRules(t, admin, {
      rules: [
        {
          name: 'least loaded',
          conditions: { regions: [loadRegion] },
          strategy: 'least-open-leads',
          teamId: loadTeam,
        },
      ],
      fallbackTeamId,
    });
    expect(replaced.status).toBe(200);
    const prefix = `Loaded ${randomBytes(3).toString('hex')}`;
    const lines = ['name,mobile,region'];
    for (let row = 0; row < 7; row++)
      lines.push(`${prefix} ${row},${uniqueMobile()},${loadRegion}`);
    const done = await runToEnd(
      manager,
      (await upload(manager, lines.join('\n')).expect(201)).body,
      ['name', 'mobile', 'region'],
    );
    expect(done).toMatchObject({ status: 'completed', created: 7 });
    const stored = await leadsNamed(prefix);
    expect(
      loaded.map((member) => stored.filter((lead) => lead.ownerId === member.user.id).length),
    ).toEqual([1, 3, 3]);
  });

  it.each(['zh-CN', 'en'])(
    'a lead export in %s re-imports with every source it names',
    async (lang) => {
      const prefix = `Round trip ${lang} ${randomBytes(3).toString('hex')}`;
      const sources = [
        'web-form',
        'social',
        'phone',
        'email',
        'event',
        'dealer',
        'import',
        'other',
      ];
      for (const [index, source] of sources.entries())
        await newLead(t, rep1, { name: `${prefix} ${index}`, source });
      const exported = await t
        .as(rep1)
        .get('/api/v1/leads/export')
        .query({ q: prefix, lang, sort: 'name' })
        .expect(200);
      const header = exported.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
      expect(header).toContain(lang === 'zh-CN' ? '来源' : 'Source');
      expect(exported.text).toContain(lang === 'zh-CN' ? '网站表单' : 'Social media');

      const uploaded = (await upload(rep1, exported.text, 'leads-export.csv').expect(201))
        .body as ImportBody & { suggestedMapping: Array<string | null> };
      expect(uploaded.suggestedMapping).toContain('source');
      // The originals are duplicates of every row: create them anyway, to read their sources.
      const done = await runToEnd(rep1, uploaded, uploaded.suggestedMapping, 'create');
      expect(done).toMatchObject({ status: 'completed', created: sources.length, failed: 0 });
      const stored = await leadsNamed(prefix);
      expect(stored).toHaveLength(2 * sources.length);
      const bySource = (leads: StoredLead[]) =>
        leads.map((lead) => `${lead.name} ${lead.source}`).sort();
      expect(bySource(stored.slice(sources.length))).toEqual(
        bySource(stored.slice(0, sources.length)),
      );
    },
  );

  it.each(['viewer', 'marketer', 'service_agent'])(
    'a %s may not import leads (403)',
    async (role) => {
      const user = await newUser(t, admin, { roles: [role] });
      const response = await upload(user, 'name\nNope\n').expect(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    },
  );
});
