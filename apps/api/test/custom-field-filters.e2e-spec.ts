import { randomBytes } from 'node:crypto';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { pendingSchemaChanges } from '../src/database/schema-drift';
import { signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { parseCsv } from './support/csv';
import { eventually } from './support/eventually';
import { createTestApp, type TestApp } from './support/test-app';

const FIELDS = '/api/v1/custom-fields';
const CUSTOMERS = '/api/v1/customers';

const suffix = randomBytes(3).toString('hex');
/** Keys of this run (the database is the file's own, but keys are reserved forever). */
const k = (name: string) => `${name}_${suffix}`;

const SELECT_OPTIONS = ['north', 'south', 'east'].map((key) => ({
  key,
  label: { zh: key, en: key },
}));

/**
 * `cf.<key>` filters and `sort=cf.<key>` on the customer and lead lists, their exports and
 * segments: every type's forms, refusals (unknown, hidden, not filterable, bad values —
 * 400 naming the parameter), keyset paging with nulls last, and SQL-level filtering
 * through the expression indexes the API builds and drops with the flags.
 */
describe('custom field filters and sorts', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Tokens, rep1: Tokens;
  const region = `cf-test-${suffix}`;
  const ids: Record<string, string> = {};
  const fieldIds: Record<string, { id: string; version: number }> = {};
  const nameOf = new Map<string, string>();

  async function field(key: string, type: string, extra: Record<string, unknown> = {}) {
    const response = await t
      .as(admin)
      .post(FIELDS)
      .send({
        recordType: 'customer',
        key,
        type,
        label: { zh: key, en: key },
        filterable: true,
        sortable: true,
        ...(type.endsWith('select') ? { options: SELECT_OPTIONS } : {}),
        ...extra,
      });
    expect(response.status).toBe(201);
    fieldIds[key] = response.body as { id: string; version: number };
    return response.body as { id: string; version: number };
  }

  /** The names of the test's customers a list request finds, in the order listed. */
  async function names(query: Record<string, string>, as: Tokens = admin): Promise<string[]> {
    const response = await t
      .as(as)
      .get(CUSTOMERS)
      .query({ region, limit: '200', ...query });
    expect({
      query,
      status: response.status,
      body: response.status === 200 ? null : response.body,
    }).toEqual({
      query,
      status: 200,
      body: null,
    });
    return (response.body.items as Array<{ name: string }>).map((item) => item.name);
  }

  async function refused(query: Record<string, string>, as: Tokens = admin) {
    const response = await t.as(as).get(CUSTOMERS).query(query);
    expect({ query, status: response.status }).toEqual({ query, status: 400 });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    return response.body as { detail: string; errors: Array<{ field: string; message: string }> };
  }

  const indexes = async (table: string): Promise<string[]> => {
    const rows: Array<{ name: string }> = await db.query(
      `SELECT indexname AS name FROM pg_indexes WHERE tablename = $1 AND indexname LIKE $2 ORDER BY 1`,
      [table, `${table}\\_cf\\_%`],
    );
    return rows.map((row) => row.name);
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    [admin, rep1] = await signInAll(t, 'admin rep1');
    await field(k('txt'), 'text');
    await field(k('note'), 'long_text');
    await field(k('num'), 'number');
    await field(k('cur'), 'currency');
    await field(k('pct'), 'percent');
    await field(k('day'), 'date');
    await field(k('at'), 'datetime');
    await field(k('flag'), 'boolean');
    await field(k('sel'), 'single_select');
    await field(k('multi'), 'multi_select');
    await field(k('who'), 'user');
    await field(k('web'), 'url');
    await field(k('mail'), 'email');
    await field(k('tel'), 'phone');
    await field(k('secret'), 'number', { hiddenFromRoles: ['sales_rep'] });
    await field(k('plain'), 'number', { filterable: false, sortable: false });

    const rows: Array<[string, Record<string, unknown>]> = [
      [
        'A',
        {
          [k('txt')]: 'Alpha Store',
          [k('note')]: 'Long one',
          [k('num')]: 5,
          [k('cur')]: '1000.00',
          [k('pct')]: 12.5,
          [k('day')]: '2026-01-15',
          [k('at')]: '2026-01-15T10:00:00.000Z',
          [k('flag')]: true,
          [k('sel')]: 'north',
          [k('multi')]: ['north', 'south'],
          [k('who')]: admin.user.id,
          [k('web')]: 'https://example.com/a',
          [k('mail')]: 'Sales@Example.com',
          [k('tel')]: '13800138000',
          [k('secret')]: 1,
          [k('plain')]: 1,
        },
      ],
      [
        'B',
        {
          [k('txt')]: 'beta',
          [k('num')]: 12.5,
          [k('cur')]: '250.50',
          [k('pct')]: 50,
          [k('day')]: '2026-03-01',
          [k('at')]: '2026-01-16T00:00:00.000Z',
          [k('flag')]: false,
          [k('sel')]: 'south',
          [k('multi')]: ['east'],
          [k('who')]: rep1.user.id,
        },
      ],
      ['C', { [k('num')]: 100, [k('sel')]: 'east', [k('day')]: '2026-01-15' }],
      ['D', {}],
      ['E', {}],
    ];
    for (const [name, customFields] of rows) {
      const customer = await newCustomer(t, admin, {
        name: `${name} ${suffix} Trading`,
        region,
        customFields,
      });
      ids[name] = customer.id;
      nameOf.set(customer.name, name);
    }
  });
  afterAll(() => t.app.close());

  const short = (list: string[]) => list.map((name) => nameOf.get(name) ?? name);
  const found = async (query: Record<string, string>) => short(await names(query)).sort();

  it('filters every type by its forms, in the list query', async () => {
    const cases: Array<[Record<string, string>, string[]]> = [
      [{ [`cf.${k('txt')}`]: 'ALPHA store' }, ['A']],
      [{ [`cf.${k('txt')}`]: '  beta ' }, ['B']],
      [{ [`cf.${k('txt')}`]: 'alp' }, []],
      [{ [`cf.${k('note')}`]: 'long ONE' }, ['A']],
      [{ [`cf.${k('num')}`]: '12.5' }, ['B']],
      [{ [`cf.${k('num')}`]: '5..12.5' }, ['A', 'B']],
      [{ [`cf.${k('num')}`]: '6..' }, ['B', 'C']],
      [{ [`cf.${k('num')}`]: '..5' }, ['A']],
      [{ [`cf.${k('num')}`]: '-1..4.99' }, []],
      [{ [`cf.${k('cur')}`]: '250.5..999' }, ['B']],
      [{ [`cf.${k('cur')}`]: '1000' }, ['A']],
      [{ [`cf.${k('pct')}`]: '..20' }, ['A']],
      [{ [`cf.${k('day')}`]: '2026-01-15' }, ['A', 'C']],
      [{ [`cf.${k('day')}`]: '2026-02-01..' }, ['B']],
      [{ [`cf.${k('day')}`]: '2026-01-01..2026-03-01' }, ['A', 'B', 'C']],
      [{ [`cf.${k('at')}`]: '2026-01-15' }, ['A']],
      [{ [`cf.${k('at')}`]: '2026-01-15T10:00:00Z' }, ['A']],
      [{ [`cf.${k('at')}`]: '2026-01-15T10:00:00.001Z..' }, ['B']],
      [{ [`cf.${k('at')}`]: '..2026-01-16' }, ['A', 'B']],
      [{ [`cf.${k('at')}`]: '2026-01-15T12:00:00+02:00..2026-01-16T00:00:00Z' }, ['A', 'B']],
      [{ [`cf.${k('at')}`]: '2026-01-15T12:00:01+02:00..2026-01-16T00:00:00Z' }, ['B']],
      [{ [`cf.${k('flag')}`]: 'true' }, ['A']],
      [{ [`cf.${k('flag')}`]: 'false' }, ['B']],
      [{ [`cf.${k('sel')}`]: 'north,east' }, ['A', 'C']],
      [{ [`cf.${k('sel')}`]: 'south' }, ['B']],
      [{ [`cf.${k('multi')}`]: 'south' }, ['A']],
      [{ [`cf.${k('multi')}`]: 'east,south' }, ['A', 'B']],
      [{ [`cf.${k('who')}`]: admin.user.id.toUpperCase() }, ['A']],
      [{ [`cf.${k('who')}`]: `${admin.user.id},${rep1.user.id}` }, ['A', 'B']],
      [{ [`cf.${k('web')}`]: 'HTTPS://example.com/a' }, ['A']],
      [{ [`cf.${k('mail')}`]: 'SALES@example.COM' }, ['A']],
      [{ [`cf.${k('tel')}`]: '+86 138 0013 8000' }, ['A']],
      [{ [`cf.${k('num')}`]: 'empty' }, ['D', 'E']],
      [{ [`cf.${k('num')}`]: '!empty' }, ['A', 'B', 'C']],
      [{ [`cf.${k('multi')}`]: 'empty' }, ['C', 'D', 'E']],
      [{ [`cf.${k('txt')}`]: '!empty' }, ['A', 'B']],
      [{ [`cf.${k('flag')}`]: 'empty' }, ['C', 'D', 'E']],
      [{ [`cf.${k('num')}`]: '1..', [`cf.${k('sel')}`]: 'south,east' }, ['B', 'C']],
    ];
    for (const [query, expected] of cases)
      expect({ query, found: await found(query) }).toEqual({ query, found: expected });
  });

  it('refuses a value that does not fit the type, naming the parameter', async () => {
    const bad: Array<[string, string]> = [
      [k('num'), 'abc'],
      [k('num'), '1..2..3'],
      [k('num'), '..'],
      [k('cur'), '1e5'],
      [k('day'), '2026-02-30'],
      [k('at'), 'yesterday'],
      [k('flag'), 'yes'],
      [k('sel'), 'west'],
      [k('multi'), 'north,,south'],
      [k('who'), 'not-a-user'],
      [k('mail'), 'not an address'],
      [k('tel'), '12'],
      [k('txt'), ''],
    ];
    for (const [key, value] of bad) {
      const body = await refused({ [`cf.${key}`]: value });
      expect(body.errors.map((error) => error.field)).toEqual([`cf.${key}`]);
    }
    const repeated = await t.as(admin).get(`${CUSTOMERS}?cf.${k('num')}=1&cf.${k('num')}=2`);
    expect(repeated.status).toBe(400);
  });

  it('answers a hidden, unknown or not filterable field alike, and lets an admin use the hidden one', async () => {
    const unknownKey = k('nothing');
    const answer = async (key: string, as: Tokens) => {
      const body = await refused({ [`cf.${key}`]: '1' }, as);
      return {
        ...body,
        requestId: undefined,
        detail: body.detail.replace(key, '<key>'),
        errors: body.errors.map((e) => ({
          field: e.field.replace(key, '<key>'),
          message: e.message.replace(key, '<key>'),
        })),
      };
    };
    const unknown = await answer(unknownKey, rep1);
    expect(await answer(k('secret'), rep1)).toEqual(unknown);
    expect(await answer(k('plain'), admin)).toEqual(await answer(unknownKey, admin));
    for (const sort of [`cf.${k('secret')}`, `-cf.${k('secret')}`]) {
      const body = await refused({ sort }, rep1);
      expect(body.errors.map((error) => error.field)).toEqual(['sort']);
      expect((await refused({ sort: sort.replace(k('secret'), unknownKey) }, rep1)).errors).toEqual(
        body.errors.map((error) => ({
          ...error,
          message: error.message.replace(k('secret'), unknownKey),
        })),
      );
    }
    await refused({ sort: `cf.${k('plain')}` });
    await refused({ [`cf.${k('num')}'--`]: '1' });
    await refused({ sort: `cf.${k('num')}'--` });
    expect(await found({ [`cf.${k('secret')}`]: '1' })).toEqual(['A']);
    expect(short(await names({ sort: `-cf.${k('secret')}` })).slice(0, 1)).toEqual(['A']);
    // The rep sees nothing of it in the export either.
    const exported = await t
      .as(rep1)
      .get(`${CUSTOMERS}/export`)
      .query({ [`cf.${k('secret')}`]: '1' });
    expect(exported.status).toBe(400);
  });

  /** Every page of a sorted list, `limit` at a time, following nextCursor. */
  async function pages(
    sort: string,
    limit: number,
    path = CUSTOMERS,
    extra: Record<string, string> = { region },
  ) {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const response = await t
        .as(admin)
        .get(path)
        .query({ ...extra, sort, limit: String(limit), ...(cursor ? { cursor } : {}) });
      expect(response.status).toBe(200);
      seen.push(...(response.body.items as Array<{ id: string }>).map((item) => item.id));
      cursor = response.body.nextCursor ?? undefined;
      if (!cursor) return seen;
    }
    throw new Error('too many pages');
  }

  it('sorts by a custom field both ways, nulls last, the id breaking ties, page after page', async () => {
    const byId = (...names: string[]) => names.map((name) => ids[name]).sort();
    const nullsAsc = byId('D', 'E');
    const ascending = [ids.A, ids.B, ids.C, ...nullsAsc];
    const descending = [ids.C, ids.B, ids.A, ...[...nullsAsc].reverse()];
    for (const limit of [1, 2, 3, 50]) {
      expect(await pages(`cf.${k('num')}`, limit)).toEqual(ascending);
      expect(await pages(`-cf.${k('num')}`, limit)).toEqual(descending);
    }
    // Ties on the value go by id; text sorts without regard to case.
    const sameDay = byId('A', 'C');
    expect(await pages(`cf.${k('day')}`, 1)).toEqual([...sameDay, ids.B, ...byId('D', 'E')]);
    expect(await pages(`-cf.${k('txt')}`, 1)).toEqual([
      ids.B,
      ids.A,
      ...byId('C', 'D', 'E').reverse(),
    ]);
    expect(await pages(`cf.${k('cur')}`, 2)).toEqual([ids.B, ids.A, ...byId('C', 'D', 'E')]);
    expect(await pages(`cf.${k('flag')}`, 2)).toEqual([ids.B, ids.A, ...byId('C', 'D', 'E')]);
    // A cursor of another sort is refused.
    const first = await t
      .as(admin)
      .get(CUSTOMERS)
      .query({ region, sort: `cf.${k('num')}`, limit: '1' });
    const other = await t
      .as(admin)
      .get(CUSTOMERS)
      .query({ region, sort: `-cf.${k('num')}`, cursor: first.body.nextCursor });
    expect(other.status).toBe(400);
  });

  it('filters in SQL through the field’s expression index', async () => {
    const captured: string[] = [];
    // Every statement the app runs goes through its logger: record them for this request.
    const logger: TypeOrmLogger = db.logger;
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (query: string) => void captured.push(query);
    try {
      const response = await t
        .as(admin)
        .get(CUSTOMERS)
        .query({ [`cf.${k('num')}`]: '6..', limit: '1', sort: `cf.${k('day')}` });
      expect(response.status).toBe(200);
      // Filtered in the WHERE clause, so a page of one holds the first match, and more follow.
      expect(
        short((response.body.items as Array<{ name: string }>).map((item) => item.name)),
      ).toEqual(['C']);
      expect(response.body.nextCursor).not.toBeNull();
    } finally {
      logger.logQuery = original;
    }
    const listQuery = captured.find(
      (sql) =>
        sql.includes(`->> '${k('num')}'`) && sql.includes('ORDER BY') && sql.includes('LIMIT'),
    );
    expect(listQuery).toBeDefined();
    expect(listQuery).toMatch(
      new RegExp(
        `WHERE .*\\(\\("c"\\."custom_fields" ->> '${k('num')}'\\)::numeric\\) >= CAST\\(\\$\\d+ AS numeric\\)`,
        's',
      ),
    );
    expect(listQuery).not.toContain("'6'");

    // The planner matches the query's expression with the index's (scans forced off, as
    // the table is too small for it to prefer the index on its own).
    await eventually(async () =>
      expect(await indexes('customers')).toEqual(
        expect.arrayContaining([`customers_cf_${k('num')}_idx`]),
      ),
    );
    await db.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      for (const [condition, index] of [
        [`((c.custom_fields ->> '${k('num')}')::numeric) >= CAST($1 AS numeric)`, k('num')],
        [`lower(c.custom_fields ->> '${k('mail')}') = lower(CAST($1 AS text))`, k('mail')],
        [`(c.custom_fields ->> '${k('sel')}') = ANY(CAST($1 AS text[]))`, k('sel')],
      ] as const) {
        const parameter = index === k('num') ? '6' : index === k('mail') ? 'a@b.cn' : '{north}';
        const plan: Array<{ 'QUERY PLAN': string }> = await manager.query(
          `EXPLAIN SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND ${condition}`,
          [parameter],
        );
        expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain(
          `customers_cf_${index}_idx`,
        );
      }
      const multi: Array<{ 'QUERY PLAN': string }> = await manager.query(
        `EXPLAIN SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND (c.custom_fields -> '${k('multi')}') ?| CAST($1 AS text[])`,
        ['{north}'],
      );
      expect(multi.map((row) => row['QUERY PLAN']).join('\n')).toContain(
        `customers_cf_${k('multi')}_idx`,
      );
    });
  });

  it('builds an index when a field is flagged, drops it when unflagged or deleted, rebuilds on restore and type change', async () => {
    const key = k('idx');
    const name = `customers_cf_${key}_idx`;
    const created = await field(key, 'text', { filterable: false, sortable: false });
    const has = async (expected: boolean) =>
      eventually(async () => expect((await indexes('customers')).includes(name)).toBe(expected));
    await has(false);
    let version = created.version;
    const patch = async (body: Record<string, unknown>) => {
      const response = await t
        .as(admin)
        .patch(`${FIELDS}/${created.id}`)
        .set('If-Match', `"${version}"`)
        .send(body);
      expect(response.status).toBe(200);
      version = response.body.version;
    };
    await patch({ filterable: true });
    await has(true);
    // No migration generated against this database would drop it.
    const pending = await pendingSchemaChanges(db);
    expect([...pending.up, ...pending.down].map((q) => q.query).join('\n')).not.toContain(name);
    const definition = async () =>
      (
        await db.query<Array<{ indexdef: string }>>(
          `SELECT indexdef FROM pg_indexes WHERE indexname = $1`,
          [name],
        )
      )[0]?.indexdef ?? '';
    expect(await definition()).toContain('lower(');
    await patch({ filterable: false, sortable: true });
    await has(true);
    await patch({ type: 'number' });
    await eventually(async () => expect(await definition()).toContain('::numeric'));
    await patch({ sortable: false });
    await has(false);
    await patch({ sortable: true });
    await has(true);
    const removed = await t
      .as(admin)
      .delete(`${FIELDS}/${created.id}`)
      .set('If-Match', `"${version}"`);
    expect(removed.status).toBe(204);
    await has(false);
    expect((await t.as(admin).post(`${FIELDS}/${created.id}/restore`)).status).toBe(200);
    await has(true);
    // An index left invalid (an interrupted concurrent build) is dropped and built again.
    const valid = async () =>
      (
        await db.query<Array<{ valid: boolean }>>(
          `SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = $1::regclass`,
          [name],
        )
      )[0]?.valid;
    await db.query(`UPDATE pg_index SET indisvalid = false WHERE indexrelid = $1::regclass`, [
      name,
    ]);
    expect(await valid()).toBe(false);
    version = (await t.as(admin).get(`${FIELDS}/${created.id}`)).body.version;
    await patch({ position: 999 });
    await eventually(async () => expect(await valid()).toBe(true));
  });

  it('filters and sorts the export with the list’s query', async () => {
    const response = await t
      .as(admin)
      .get(`${CUSTOMERS}/export`)
      .query({
        format: 'csv',
        lang: 'en',
        region,
        [`cf.${k('num')}`]: '6..',
        sort: `-cf.${k('num')}`,
      });
    expect(response.status).toBe(200);
    const rows = parseCsv(response.text);
    const column = rows[0].indexOf('Name');
    expect(rows.slice(1).map((row) => nameOf.get(row[column]))).toEqual(['C', 'B']);
    expect(
      (
        await t
          .as(admin)
          .get(`${CUSTOMERS}/export`)
          .query({ format: 'csv', [`cf.${k('num')}`]: 'x' })
      ).status,
    ).toBe(400);
  });

  it('a dynamic segment holds custom field filters, checked on save and applied in SQL', async () => {
    const bad = await t
      .as(admin)
      .post('/api/v1/segments')
      .send({
        name: `bad ${suffix}`,
        kind: 'dynamic',
        filter: { region, cf: { [k('num')]: 'many' } },
      });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual([
      `filter.cf.${k('num')}`,
    ]);
    const hidden = await t
      .as(rep1)
      .post('/api/v1/segments')
      .send({ name: `hidden ${suffix}`, kind: 'dynamic', filter: { cf: { [k('secret')]: '1' } } });
    expect(hidden.status).toBe(400);

    const segment = await t
      .as(admin)
      .post('/api/v1/segments')
      .send({
        name: `num ${suffix}`,
        kind: 'dynamic',
        filter: { region, cf: { [k('num')]: '6..', [k('sel')]: 'south,east' } },
      });
    expect(segment.status).toBe(201);
    expect(segment.body.filter.cf).toEqual({ [k('num')]: '6..', [k('sel')]: 'south,east' });
    const count = await t.as(admin).get(`/api/v1/segments/${segment.body.id}/count`);
    expect(count.body).toEqual({ count: 2 });
    expect(await found({ segmentId: segment.body.id })).toEqual(['B', 'C']);
    expect(await found({ segmentId: segment.body.id, [`cf.${k('num')}`]: '..50' })).toEqual(['B']);

    // Once the field is no longer filterable, the segment is refused rather than widened.
    const secret = await t
      .as(admin)
      .post('/api/v1/segments')
      .send({
        name: `secret ${suffix}`,
        kind: 'dynamic',
        filter: { region, cf: { [k('secret')]: '1' } },
      });
    expect(secret.status).toBe(201);
    expect((await t.as(admin).get(`/api/v1/segments/${secret.body.id}/count`)).body).toEqual({
      count: 1,
    });
    const definition = fieldIds[k('secret')];
    const unflagged = await t
      .as(admin)
      .patch(`${FIELDS}/${definition.id}`)
      .set('If-Match', `"${definition.version}"`)
      .send({ filterable: false });
    expect(unflagged.status).toBe(200);
    definition.version = unflagged.body.version;
    expect((await t.as(admin).get(`/api/v1/segments/${secret.body.id}/count`)).status).toBe(400);
    expect((await t.as(admin).get(CUSTOMERS).query({ segmentId: secret.body.id })).status).toBe(
      400,
    );
  });

  it('filters and sorts leads by their custom fields', async () => {
    const key = k('booth');
    const created = await t
      .as(admin)
      .post(FIELDS)
      .send({
        recordType: 'lead',
        key,
        type: 'number',
        label: { zh: '展位', en: 'Booth' },
        filterable: true,
        sortable: true,
      });
    expect(created.status).toBe(201);
    const leads = [];
    for (const booth of [30, 10, null, 20])
      leads.push(await newLead(t, admin, { customFields: booth === null ? {} : { [key]: booth } }));
    const listed = await t
      .as(admin)
      .get('/api/v1/leads')
      .query({ [`cf.${key}`]: '15..', sort: `cf.${key}`, limit: '200' });
    expect(listed.status).toBe(200);
    expect((listed.body.items as Array<{ id: string }>).map((lead) => lead.id)).toEqual([
      leads[3].id,
      leads[0].id,
    ]);
    const all = await pages(`-cf.${key}`, 1, '/api/v1/leads', { [`cf.${key}`]: '!empty' });
    expect(all).toEqual([leads[0].id, leads[3].id, leads[1].id]);
    expect(
      (
        await t
          .as(admin)
          .get('/api/v1/leads')
          .query({ [`cf.${k('num')}`]: '1' })
      ).status,
    ).toBe(400);
    await eventually(async () => expect(await indexes('leads')).toContain(`leads_cf_${key}_idx`));
  });
});
