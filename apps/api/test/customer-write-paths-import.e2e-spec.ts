import { DataSource } from 'typeorm';
import { DemoCustomerSeeder, type DemoOwners } from '../src/demo/demo-customer-seeder';
import {
  bearer,
  DEMO_EMAILS,
  type DemoRole,
  newUser,
  signIn,
  type Tokens,
  uniqueName,
} from './factories/auth.factory';
import {
  importErrorLines,
  type ImportBody,
  startImport,
  uploadImport,
  waitForImportEnd,
} from './factories/import.factory';
import { newCustomer } from './factories/customer.factory';
import { createTestApp, type TestApp } from './support/test-app';

/** What a write path decided for one customer: refused, or created with this owner and team. */
type Decision =
  { created: false } | { created: true; ownerId: string | null; teamId: string | null };

interface CustomerBody {
  id: string;
  name: string;
  owner: { id: string } | null;
  team: { id: string } | null;
}

const decisionOf = (customer: CustomerBody): Decision => ({
  created: true,
  ownerId: customer.owner?.id ?? null,
  teamId: customer.team?.id ?? null,
});

/** The import's refusal of a row its record check fails, as the error report gives it. */
const REFUSED = 'You may not create customers for this owner.';

/**
 * The import writes customers with COPY, not through CustomerWriter.create, but runs the
 * writer's record check on each row as it will be written: each row must get the
 * decision POST /api/v1/customers gives the same caller for the same customer.
 *
 * A row's owner column (the owner's email) is the POST's `ownerId`: the customer is
 * that user's, with their team, when the caller could create it for them; a row without
 * one is the importer's, as a POST without ownerId is. An email of no active user fails
 * the row.
 */
describe('a customer import decides each row as the API decides the same customer', () => {
  let t: TestApp;
  const tokens = {} as Record<DemoRole, Tokens>;
  let rep2: Tokens;
  /** A sales manager in no team: their record rule (own teams) refuses every customer. */
  let teamlessManager: Tokens & { email: string };

  beforeAll(async () => {
    t = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    for (const role of Object.keys(DEMO_EMAILS) as DemoRole[])
      tokens[role] = await signIn(t, DEMO_EMAILS[role]);
    rep2 = await signIn(t, 'rep2@kehu.local');
    teamlessManager = await newUser(t, tokens.admin, { roles: ['sales_manager'] });
  });
  afterAll(() => t.app.close());

  const IMPORTERS = ['admin', 'sales_manager', 'sales_rep', 'teamless_manager'] as const;
  const NON_IMPORTERS: DemoRole[] = ['channel_partner', 'service_agent', 'marketer', 'viewer'];
  type Importer = (typeof IMPORTERS)[number];
  const caller = (who: Importer | DemoRole): Tokens =>
    who === 'teamless_manager' ? teamlessManager : tokens[who];

  async function customersNamed(name: string): Promise<CustomerBody[]> {
    const response = await t
      .as(tokens.admin)
      .get(`/api/v1/customers?q=${encodeURIComponent(name)}`)
      .expect(200);
    return (response.body.items as CustomerBody[]).filter((customer) => customer.name === name);
  }

  /** What POST /api/v1/customers decides for this caller and body (and nothing else). */
  async function apiDecision(as: Tokens, body: Record<string, unknown>): Promise<Decision> {
    const response = await t
      .as(as)
      .post('/api/v1/customers?acknowledgeDuplicates=true')
      .send({ kind: 'person', ...body });
    expect([201, 403]).toContain(response.status);
    return response.status === 201 ? decisionOf(response.body) : { created: false };
  }

  /** Uploads `kind,name,<owner header>` rows; the preview's suggested mapping comes back too. */
  async function uploadRows(as: Tokens, rows: Array<[string, string]>, ownerHeader = 'owner') {
    const csv = [
      `kind,name,${ownerHeader}`,
      ...rows.map(([name, owner]) => `person,${name},${owner}`),
    ];
    const response = await uploadImport(
      t,
      bearer(as),
      'customers',
      csv.join('\n'),
      'owners.csv',
    ).expect(201);
    return response.body as { id: string; version: number; suggestedMapping: unknown[] };
  }

  async function errorReport(as: Tokens, id: string): Promise<string[]> {
    return (await importErrorLines(t, bearer(as), id)).slice(1);
  }

  /** Imports the rows with their owner column mapped; the finished import and its report. */
  async function importRows(
    as: Tokens,
    rows: Array<[string, string]>,
    duplicateMode = 'create',
  ): Promise<{ done: ImportBody; report: string[] }> {
    const uploaded = await uploadRows(as, rows);
    expect(uploaded.suggestedMapping).toEqual(['kind', 'name', 'owner']);
    await startImport(t, bearer(as), uploaded, ['kind', 'name', 'owner'], duplicateMode);
    const done = await waitForImportEnd(t, bearer(as), uploaded.id, { timeoutMs: 60_000 });
    expect(done.status).toBe('completed');
    return { done, report: await errorReport(as, uploaded.id) };
  }

  it.each(['owner', 'Owner email', '负责人', '客户负责人', '销售代表'])(
    'the preview suggests the owner field for a "%s" column',
    async (header) => {
      const uploaded = await uploadRows(tokens.admin, [[uniqueName('Header'), '']], header);
      expect(uploaded.suggestedMapping).toEqual(['kind', 'name', 'owner']);
    },
  );

  it.each(IMPORTERS)(
    'a %s importing own, teammate-owned and ownerless rows gets what POST /customers answers for each',
    async (who) => {
      const as = caller(who);
      const email = who === 'teamless_manager' ? teamlessManager.email : DEMO_EMAILS[who];
      // Each row with the ownerId its owner cell stands for on the API.
      const rows: Array<{ name: string; owner: string; ownerId?: string }> = [
        { name: uniqueName('Own'), owner: email, ownerId: as.user.id },
        { name: uniqueName('Teammate'), owner: 'rep2@kehu.local', ownerId: rep2.user.id },
        { name: uniqueName('Nobody'), owner: '' },
      ];
      const expected: Decision[] = [];
      for (const row of rows)
        expected.push(await apiDecision(as, { name: uniqueName('API'), ownerId: row.ownerId }));

      const { done, report } = await importRows(
        as,
        rows.map((row) => [row.name, row.owner]),
      );
      for (const [index, row] of rows.entries()) {
        const written = await customersNamed(row.name);
        const rowNumber = index + 2;
        if (expected[index].created) {
          expect(written).toHaveLength(1);
          expect(decisionOf(written[0])).toEqual(expected[index]);
          expect(report.filter((line) => line.startsWith(`${rowNumber},`))).toEqual([]);
        } else {
          expect(written).toHaveLength(0);
          expect(report).toContain(`${rowNumber},${row.owner ? 'owner' : ''},${REFUSED}`);
        }
      }
      const created = expected.filter((decision) => decision.created).length;
      expect(done).toMatchObject({ created, failed: rows.length - created });
    },
  );

  it('decides rep2’s row as stated: refused for a rep, created as rep2’s (team East) for an admin and a manager', async () => {
    const team = rep2.user.teamIds[0];
    expect(tokens.sales_rep.user.teamIds[0]).toBe(team); // rep2 is the rep's teammate
    expect(tokens.sales_manager.user.teamIds).toContain(team); // …and in the manager's team

    const repRow = uniqueName('Rep for rep2');
    expect(
      await apiDecision(tokens.sales_rep, { name: uniqueName('API'), ownerId: rep2.user.id }),
    ).toEqual({ created: false });
    const byRep = await importRows(tokens.sales_rep, [[repRow, 'Rep2@Kehu.Local']]);
    expect(byRep.done).toMatchObject({ created: 0, failed: 1 });
    expect(byRep.report).toEqual([`2,owner,${REFUSED}`]);
    expect(await customersNamed(repRow)).toHaveLength(0);

    for (const role of ['admin', 'sales_manager'] as const) {
      const name = uniqueName(`${role} for rep2`);
      const rep2s = { created: true, ownerId: rep2.user.id, teamId: team };
      expect(
        await apiDecision(tokens[role], { name: uniqueName('API'), ownerId: rep2.user.id }),
      ).toEqual(rep2s);
      const imported = await importRows(tokens[role], [[name, 'rep2@kehu.local']]);
      expect(imported.done).toMatchObject({ created: 1, failed: 0 });
      const [written] = await customersNamed(name);
      expect(decisionOf(written)).toEqual(rep2s);
    }
  });

  it('fails a row whose owner is no active user, or no email, saying why; the other rows are written', async () => {
    const [unknown, notEmail, fine] = ['Unknown', 'Not email', 'Fine'].map(uniqueName);
    const { done, report } = await importRows(tokens.admin, [
      [unknown, 'nobody-here@kehu.local'],
      [notEmail, '王伟'],
      [fine, ''],
    ]);
    expect(done).toMatchObject({ created: 1, failed: 2 });
    expect(report).toEqual([
      '2,owner,"""nobody-here@kehu.local"" names no active user"',
      `3,owner,"owner ""王伟"" is not a user's email address"`,
    ]);
    expect(await customersNamed(unknown)).toHaveLength(0);
    expect(await customersNamed(notEmail)).toHaveLength(0);
    expect(decisionOf((await customersNamed(fine))[0])).toMatchObject({
      ownerId: tokens.admin.user.id,
    });
  });

  it('in update mode, another owner is a transfer: done for a manager, refused for a rep', async () => {
    const rep = tokens.sales_rep;
    const own = async (name: string) =>
      (await newCustomer(t, rep, { kind: 'person', name })) as unknown as CustomerBody & {
        phones: Array<{ value: string }>;
      };
    const kept = await own(uniqueName('Kept'));
    const moved = await own(uniqueName('Moved'));

    // The rep may update their customer but not hand it to rep2 (the API's transfer: 403).
    await t
      .as(rep)
      .post(`/api/v1/customers/${kept.id}/transfer`)
      .send({ ownerId: rep2.user.id })
      .expect(403);
    const byRep = await importUpdates(rep, kept, 'rep2@kehu.local');
    expect(byRep.done).toMatchObject({ updated: 0, failed: 1 });
    expect(byRep.report).toEqual(['2,owner,You may not transfer this customer to another owner.']);
    expect((await readCustomer(kept.id)).owner?.id).toBe(rep.user.id);

    // The same owner is no transfer: the rep's row updates the customer.
    const same = await importUpdates(rep, kept, DEMO_EMAILS.sales_rep);
    expect(same.done).toMatchObject({ updated: 1, failed: 0 });

    // A manager of the team may reassign it: the row moves it to rep2, on the timeline.
    const byManager = await importUpdates(tokens.sales_manager, moved, 'rep2@kehu.local');
    expect(byManager.done).toMatchObject({ updated: 1, failed: 0 });
    const after = await readCustomer(moved.id);
    expect(decisionOf(after)).toEqual({
      created: true,
      ownerId: rep2.user.id,
      teamId: rep2.user.teamIds[0],
    });
    const timeline = await t
      .as(tokens.admin)
      .get(`/api/v1/customers/${moved.id}/timeline`)
      .expect(200);
    expect(timeline.body.items.map((event: { kind: string }) => event.kind)).toContain(
      'owner-changed',
    );
  });

  /** Imports one row matching the customer by its phone, in update mode, naming this owner. */
  async function importUpdates(
    as: Tokens,
    customer: { name: string; phones: Array<{ value: string }> },
    owner: string,
  ): Promise<{ done: ImportBody; report: string[] }> {
    const csv = `kind,name,phone,负责人\nperson,${customer.name},${customer.phones[0].value},${owner}`;
    const uploaded = (await uploadImport(t, bearer(as), 'customers', csv, 'update.csv').expect(201))
      .body as { id: string; version: number; suggestedMapping: unknown[] };
    expect(uploaded.suggestedMapping).toEqual(['kind', 'name', 'phone', 'owner']);
    await startImport(t, bearer(as), uploaded, ['kind', 'name', 'phone', 'owner'], 'update');
    const done = await waitForImportEnd(t, bearer(as), uploaded.id, { timeoutMs: 60_000 });
    expect(done.status).toBe('completed');
    return { done, report: await errorReport(as, uploaded.id) };
  }

  async function readCustomer(id: string): Promise<CustomerBody> {
    return (await t.as(tokens.admin).get(`/api/v1/customers/${id}`).expect(200))
      .body as CustomerBody;
  }

  it('refuses a teamless manager on both paths, so the import’s per-row check does refuse', async () => {
    const name = uniqueName('Teamless');
    expect(await apiDecision(teamlessManager, { name })).toEqual({ created: false });
    const { done, report } = await importRows(teamlessManager, [[name, '']]);
    expect(done).toMatchObject({ created: 0, failed: 1 });
    expect(report).toEqual([`2,,${REFUSED}`]);
    expect(await customersNamed(name)).toHaveLength(0);
  });

  it.each(NON_IMPORTERS)(
    'a %s, who may not import customers, gets 403 on the import routes',
    async (role) => {
      const as = tokens[role];
      const name = uniqueName('Not imported');
      await uploadImport(t, bearer(as), 'customers', `kind,name\nperson,${name}\n`).expect(403);
      const theirs = await uploadRows(tokens.admin, [[name, '']]);
      await t
        .as(as)
        .post(`/api/v1/imports/${theirs.id}/start`)
        .set('If-Match', `"${theirs.version}"`)
        .send({ mapping: ['kind', 'name', 'owner'], duplicateMode: 'create' })
        .expect(403);
      for (const route of ['', '/skipped', '/errors.csv'])
        await t.as(as).get(`/api/v1/imports/${theirs.id}${route}`).expect(403);
      expect(await customersNamed(name)).toHaveLength(0);
    },
  );
});

/**
 * Demo customers are loaded set-based (with their histories' dates), not through
 * CustomerWriter.create, but the seeder runs the writer's record check on each as it
 * will be written, as its owner: a customer its owner could not create stops the load
 * before anything is written.
 */
describe('demo customers run the customer writer’s record check', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());

  it('refuses to load demo customers a demo owner could not create, writing nothing', async () => {
    const [rep1, rep2, rep3, manager, partner] = await Promise.all(
      [
        DEMO_EMAILS.sales_rep,
        'rep2@kehu.local',
        'rep3@kehu.local',
        DEMO_EMAILS.sales_manager,
        DEMO_EMAILS.channel_partner,
      ].map((email) => signIn(t, email)),
    );
    const owners: DemoOwners = {
      rep1: rep1.user.id,
      rep2: rep2.user.id,
      rep3: rep3.user.id,
      manager: manager.user.id,
      partner: partner.user.id,
      teamOf: {
        rep1: rep1.user.teamIds[0],
        rep2: rep2.user.teamIds[0],
        rep3: rep3.user.teamIds[0],
        // A manager may create customers of their own teams only: with no team, none.
        manager: null,
        partner: null,
      },
      dealerOrgId: partner.user.dealerOrgId as string,
    };
    const database = t.app.get(DataSource);
    const count = async () =>
      Number((await database.query('SELECT count(*) AS n FROM customers'))[0].n);
    const before = await count();
    await expect(t.app.get(DemoCustomerSeeder).seed(owners)).rejects.toThrow(
      /A demo customer its owner \(manager\) may not create/,
    );
    expect(await count()).toBe(before);
  });
});
