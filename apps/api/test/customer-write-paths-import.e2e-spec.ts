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
import { startImport, uploadImport, waitForImportEnd } from './factories/import.factory';
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
 * A customer import has no owner field (every row is the importer's, as a POST without
 * ownerId is): a column naming an owner is not suggested and may not be mapped, so a
 * row cannot hand a customer to a teammate, whatever the API would let the caller do.
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
      .http()
      .get(`/api/v1/customers?q=${encodeURIComponent(name)}`)
      .set(bearer(tokens.admin))
      .expect(200);
    return (response.body.items as CustomerBody[]).filter((customer) => customer.name === name);
  }

  /** What POST /api/v1/customers decides for this caller and body (and nothing else). */
  async function apiDecision(as: Tokens, body: Record<string, unknown>): Promise<Decision> {
    const response = await t
      .http()
      .post('/api/v1/customers?acknowledgeDuplicates=true')
      .set(bearer(as))
      .send({ kind: 'person', ...body });
    expect([201, 403]).toContain(response.status);
    return response.status === 201 ? decisionOf(response.body) : { created: false };
  }

  /** Uploads `kind,name,owner` rows; the preview's suggested mapping comes back too. */
  async function uploadRows(as: Tokens, rows: Array<[string, string]>) {
    const csv = ['kind,name,owner', ...rows.map(([name, owner]) => `person,${name},${owner}`)];
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
    const report = await t
      .http()
      .get(`/api/v1/imports/${id}/errors.csv`)
      .set(bearer(as))
      .expect(200);
    return report.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
      .slice(1);
  }

  /** Starting with the owner column mapped to an owner field: 400 on the mapping. */
  async function expectOwnerMappingRefused(as: Tokens, uploaded: { id: string; version: number }) {
    const response = await t
      .http()
      .post(`/api/v1/imports/${uploaded.id}/start`)
      .set(bearer(as))
      .set('If-Match', `"${uploaded.version}"`)
      .send({ mapping: ['kind', 'name', 'owner'], duplicateMode: 'create' })
      .expect(400);
    expect(response.body.errors[0].field).toBe('mapping');
  }

  it.each(IMPORTERS)(
    'a %s importing own, teammate-named and ownerless rows gets what POST /customers answers for each',
    async (who) => {
      const as = caller(who);
      const email = who === 'teamless_manager' ? teamlessManager.email : DEMO_EMAILS[who];
      const rows: Array<[string, string]> = [
        [uniqueName('Own'), email],
        [uniqueName('Teammate'), 'rep2@kehu.local'],
        [uniqueName('Nobody'), ''],
      ];
      const uploaded = await uploadRows(as, rows);
      // The customer import offers no owner field: the owner column maps to nothing…
      expect(uploaded.suggestedMapping).toEqual(['kind', 'name', null]);
      // …and may not be mapped to one (400, nothing queued).
      await expectOwnerMappingRefused(as, uploaded);

      // So every row is written as the caller's own: the customer POST makes of the same
      // kind and name without an owner, and of the same with the caller as owner.
      const expected = await apiDecision(as, { name: uniqueName('API none') });
      expect(await apiDecision(as, { name: uniqueName('API own'), ownerId: as.user.id })).toEqual(
        expected,
      );

      await startImport(t, bearer(as), uploaded, ['kind', 'name', null], 'create');
      const done = await waitForImportEnd(t, bearer(as), uploaded.id, { timeoutMs: 60_000 });
      expect(done).toMatchObject({ status: 'completed', totalRows: 3 });
      const report = await errorReport(as, uploaded.id);

      for (const [index, [name]] of rows.entries()) {
        const written = await customersNamed(name);
        const rowNumber = index + 2;
        if (expected.created) {
          expect(written).toHaveLength(1);
          expect(decisionOf(written[0])).toEqual(expected);
          expect(report.filter((line) => line.startsWith(`${rowNumber},`))).toEqual([]);
        } else {
          expect(written).toHaveLength(0);
          expect(report).toContain(`${rowNumber},,${REFUSED}`);
        }
      }
      expect(done).toMatchObject(
        expected.created ? { created: 3, failed: 0 } : { created: 0, failed: 3 },
      );
    },
  );

  it('decides for a rep as stated: own customer created, a teammate’s refused, on both paths', async () => {
    const rep = tokens.sales_rep;
    const team = rep.user.teamIds[0];
    expect(team).toBe(rep2.user.teamIds[0]); // rep2 is a teammate (team East)

    // The API: the rep's own customer, yes; one owned by the teammate, 403.
    expect(await apiDecision(rep, { name: uniqueName('Rep own') })).toEqual({
      created: true,
      ownerId: rep.user.id,
      teamId: team,
    });
    const teammateName = uniqueName('Rep teammate');
    expect(await apiDecision(rep, { name: teammateName, ownerId: rep2.user.id })).toEqual({
      created: false,
    });
    expect(await customersNamed(teammateName)).toHaveLength(0);

    // The import: the own row is created, the rep's; the teammate's row cannot be made
    // rep2's (the owner column may not be mapped) and is the rep's own when left out.
    const own = uniqueName('Rep import own');
    const teammate = uniqueName('Rep import teammate');
    const uploaded = await uploadRows(rep, [
      [own, DEMO_EMAILS.sales_rep],
      [teammate, 'rep2@kehu.local'],
    ]);
    await expectOwnerMappingRefused(rep, uploaded);
    expect(await customersNamed(own)).toHaveLength(0);
    expect(await customersNamed(teammate)).toHaveLength(0);

    await startImport(t, bearer(rep), uploaded, ['kind', 'name', null], 'create');
    const done = await waitForImportEnd(t, bearer(rep), uploaded.id, { timeoutMs: 60_000 });
    expect(done).toMatchObject({ status: 'completed', created: 2, failed: 0 });
    for (const name of [own, teammate]) {
      const [written] = await customersNamed(name);
      expect(decisionOf(written)).toEqual({ created: true, ownerId: rep.user.id, teamId: team });
    }
  });

  it('refuses a teamless manager on both paths, so the import’s per-row check does refuse', async () => {
    const name = uniqueName('Teamless');
    expect(await apiDecision(teamlessManager, { name })).toEqual({ created: false });
    const uploaded = await uploadRows(teamlessManager, [[name, '']]);
    await startImport(t, bearer(teamlessManager), uploaded, ['kind', 'name', null], 'create');
    const done = await waitForImportEnd(t, bearer(teamlessManager), uploaded.id, {
      timeoutMs: 60_000,
    });
    expect(done).toMatchObject({ status: 'completed', created: 0, failed: 1 });
    expect(await errorReport(teamlessManager, uploaded.id)).toEqual([`2,,${REFUSED}`]);
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
        .http()
        .post(`/api/v1/imports/${theirs.id}/start`)
        .set(bearer(as))
        .set('If-Match', `"${theirs.version}"`)
        .send({ mapping: ['kind', 'name', null], duplicateMode: 'create' })
        .expect(403);
      for (const route of ['', '/skipped', '/errors.csv'])
        await t.http().get(`/api/v1/imports/${theirs.id}${route}`).set(bearer(as)).expect(403);
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
