import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, DEMO_EMAILS, type DemoRole, signIn, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueCompanyName, uniqueMobile } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { createTestApp, type TestApp } from './support/test-app';

const BASE = '/api/v1/custom-fields';
const OTHER_ROLES = Object.keys(DEMO_EMAILS).filter((role) => role !== 'admin') as DemoRole[];

interface FieldBody {
  id: string;
  key: string;
  recordType: string;
  type: string;
  label: { zh: string; en: string };
  options: Array<{ key: string; active: boolean }>;
  hiddenFromRoles: string[];
  defaultValue: unknown;
  position: number;
  version: number;
  deletedAt: string | null;
}

const uniqueKey = (prefix = 'field') => `${prefix}_${randomBytes(4).toString('hex')}`;

describe('custom field definitions', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Tokens;
  const as = {} as Record<DemoRole, Tokens>;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    const tokens = await Promise.all(
      (Object.keys(DEMO_EMAILS) as DemoRole[]).map((role) => signIn(t, DEMO_EMAILS[role])),
    );
    (Object.keys(DEMO_EMAILS) as DemoRole[]).forEach((role, index) => (as[role] = tokens[index]));
    admin = as.admin;
  });
  afterAll(() => t.app.close());

  const body = (fields: Record<string, unknown> = {}) => ({
    recordType: 'customer',
    key: uniqueKey(),
    type: 'number',
    label: { zh: '门店数量', en: 'Store count' },
    ...fields,
  });

  async function create(fields: Record<string, unknown> = {}): Promise<FieldBody> {
    const response = await t.http().post(BASE).set(bearer(admin)).send(body(fields)).expect(201);
    return response.body as FieldBody;
  }

  const listKeys = async (who: Tokens, query: Record<string, string> = {}) => {
    const response = await t
      .http()
      .get(BASE)
      .query({ limit: '200', ...query })
      .set(bearer(who))
      .expect(200);
    return (response.body.items as FieldBody[]).map((field) => field.key);
  };

  describe('by role', () => {
    it('an admin creates a field: 201, its address and the stored definition', async () => {
      const response = await t
        .http()
        .post(BASE)
        .set(bearer(admin))
        .send(
          body({
            key: uniqueKey('region'),
            type: 'single_select',
            options: [
              { key: 'north', label: { zh: '北区', en: 'North' } },
              { key: 'south', label: { zh: '南区', en: 'South' }, active: false },
            ],
            defaultValue: 'north',
            helpText: { zh: '按合同', en: 'As contracted' },
          }),
        )
        .expect(201);
      expect(response.headers.location).toBe(`${BASE}/${response.body.id}`);
      expect(response.body).toMatchObject({
        recordType: 'customer',
        appliesTo: 'both',
        type: 'single_select',
        required: false,
        defaultValue: 'north',
        options: [
          { key: 'north', label: { zh: '北区', en: 'North' }, active: true },
          { key: 'south', label: { zh: '南区', en: 'South' }, active: false },
        ],
        helpText: { zh: '按合同', en: 'As contracted' },
        hiddenFromRoles: [],
        version: 1,
        deletedAt: null,
      });
    });

    it.each(OTHER_ROLES)(
      'a %s may not create, change, delete or restore one (403)',
      async (role) => {
        const field = await create();
        const who = bearer(as[role]);
        await t.http().post(BASE).set(who).send(body()).expect(403);
        await t
          .http()
          .patch(`${BASE}/${field.id}`)
          .set(who)
          .send({ label: { zh: '改', en: 'Changed' } })
          .expect(403);
        await t.http().delete(`${BASE}/${field.id}`).set(who).expect(403);
        await t.http().post(`${BASE}/${field.id}/restore`).set(who).expect(403);
        const stored = await t.http().get(`${BASE}/${field.id}`).set(bearer(admin)).expect(200);
        expect(stored.body).toMatchObject({ version: 1, deletedAt: null, label: field.label });
      },
    );

    it.each(Object.keys(DEMO_EMAILS) as DemoRole[])(
      'a %s reads the definitions (forms are drawn from them)',
      async (role) => {
        const field = await create({ recordType: 'lead' });
        expect(await listKeys(as[role], { recordType: 'lead' })).toContain(field.key);
        const one = await t.http().get(`${BASE}/${field.id}`).set(bearer(as[role])).expect(200);
        expect(one.body.key).toBe(field.key);
        expect(one.headers.etag).toBe('"1"');
      },
    );

    it('a field hidden from a role is absent from its reads, and seen by the others', async () => {
      const field = await create({ hiddenFromRoles: ['sales_rep', 'viewer'] });
      for (const role of ['sales_rep', 'viewer'] as const) {
        expect(await listKeys(as[role])).not.toContain(field.key);
        await t.http().get(`${BASE}/${field.id}`).set(bearer(as[role])).expect(404);
      }
      for (const role of ['admin', 'sales_manager', 'marketer'] as const)
        expect(await listKeys(as[role])).toContain(field.key);
    });

    it('no field can be hidden from admins', async () => {
      const response = await t
        .http()
        .post(BASE)
        .set(bearer(admin))
        .send(body({ hiddenFromRoles: ['admin'] }))
        .expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });

    it('the demo has a few fields per record type, the budget hidden from partners and agents', async () => {
      for (const recordType of ['customer', 'contact', 'lead'])
        expect((await listKeys(admin, { recordType })).length).toBeGreaterThanOrEqual(2);
      expect(await listKeys(as.sales_rep, { recordType: 'customer' })).toContain(
        'annual_purchase_budget',
      );
      for (const role of ['channel_partner', 'service_agent'] as const)
        expect(await listKeys(as[role], { recordType: 'customer' })).not.toContain(
          'annual_purchase_budget',
        );
    });

    it('is not open to anonymous callers (401)', async () => {
      await t.http().get(BASE).expect(401);
    });
  });

  describe('keys', () => {
    it('renaming the label keeps the key; a PATCH naming the key or record type is refused (400)', async () => {
      const field = await create();
      const renamed = await t
        .http()
        .patch(`${BASE}/${field.id}`)
        .set(bearer(admin))
        .set('If-Match', '"1"')
        .send({ label: { zh: '门店数', en: 'Stores' } })
        .expect(200);
      expect(renamed.body).toMatchObject({
        key: field.key,
        label: { zh: '门店数', en: 'Stores' },
        version: 2,
      });
      for (const change of [{ key: uniqueKey() }, { recordType: 'lead' }]) {
        const refused = await t
          .http()
          .patch(`${BASE}/${field.id}`)
          .set(bearer(admin))
          .send(change)
          .expect(400);
        expect(refused.headers['content-type']).toContain('application/problem+json');
      }
      const stored = await t.http().get(`${BASE}/${field.id}`).set(bearer(admin)).expect(200);
      expect(stored.body).toMatchObject({ key: field.key, recordType: 'customer', version: 2 });
    });

    it('a stale If-Match changes nothing (412)', async () => {
      const field = await create();
      await t
        .http()
        .patch(`${BASE}/${field.id}`)
        .set(bearer(admin))
        .send({ position: 5 })
        .expect(200);
      await t
        .http()
        .patch(`${BASE}/${field.id}`)
        .set(bearer(admin))
        .set('If-Match', '"1"')
        .send({ position: 7 })
        .expect(412);
      const stored = await t.http().get(`${BASE}/${field.id}`).set(bearer(admin)).expect(200);
      expect(stored.body.position).toBe(5);
    });

    it('a key taken in the record type is 409, also when the field is deleted; another record type may use it', async () => {
      const field = await create();
      const clash = await t
        .http()
        .post(BASE)
        .set(bearer(admin))
        .send(body({ key: field.key }))
        .expect(409);
      expect(clash.body.detail).toContain(field.key);
      await t.http().delete(`${BASE}/${field.id}`).set(bearer(admin)).expect(204);
      await t
        .http()
        .post(BASE)
        .set(bearer(admin))
        .send(body({ key: field.key }))
        .expect(409);
      await create({ key: field.key, recordType: 'contact' });
    });

    it('of concurrent creates with one key exactly one wins, the others get 409', async () => {
      const key = uniqueKey('race');
      const statuses = await Promise.all(
        Array.from({ length: 8 }, () =>
          t
            .http()
            .post(BASE)
            .set(bearer(admin))
            .send(body({ key }))
            .then((response) => response.status),
        ),
      );
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status !== 201)).toEqual(Array(7).fill(409));
    });
  });

  describe('soft delete and restore', () => {
    it('a deleted field leaves reads and lists, admins list it as deleted and restore it', async () => {
      const field = await create({ recordType: 'contact' });
      await t
        .http()
        .delete(`${BASE}/${field.id}`)
        .set(bearer(admin))
        .set('If-Match', '"1"')
        .expect(204);
      await t.http().get(`${BASE}/${field.id}`).set(bearer(admin)).expect(404);
      expect(await listKeys(admin, { recordType: 'contact' })).not.toContain(field.key);
      expect(await listKeys(admin, { recordType: 'contact', deleted: 'true' })).toContain(
        field.key,
      );
      await t.http().get(BASE).query({ deleted: 'true' }).set(bearer(as.sales_manager)).expect(403);

      const restored = await t
        .http()
        .post(`${BASE}/${field.id}/restore`)
        .set(bearer(admin))
        .expect(200);
      expect(restored.body).toMatchObject({ key: field.key, deletedAt: null });
      expect(await listKeys(as.viewer, { recordType: 'contact' })).toContain(field.key);
      expect(await listKeys(admin, { recordType: 'contact', deleted: 'true' })).not.toContain(
        field.key,
      );
    });

    it('every write leaves an audit entry and a domain event', async () => {
      const field = await create();
      await t
        .http()
        .patch(`${BASE}/${field.id}`)
        .set(bearer(admin))
        .send({ label: { zh: '门店', en: 'Stores' } })
        .expect(200);
      await t.http().delete(`${BASE}/${field.id}`).set(bearer(admin)).expect(204);
      await t.http().post(`${BASE}/${field.id}/restore`).set(bearer(admin)).expect(200);

      const audit = await t
        .http()
        .get('/api/v1/audit')
        .query({ entity: 'custom-field', entityId: field.id })
        .set(bearer(admin))
        .expect(200);
      const entries = audit.body.items as Array<{
        action: string;
        changes: Record<string, { from: unknown; to: unknown }>;
      }>;
      expect(entries.map((entry) => entry.action).sort()).toEqual([
        'create',
        'delete',
        'restore',
        'update',
      ]);
      expect(entries.find((entry) => entry.action === 'update')?.changes).toEqual({
        labelZh: { from: '门店数量', to: '门店' },
        labelEn: { from: 'Store count', to: 'Stores' },
      });
      const events = await db.query<Array<{ type: string }>>(
        'SELECT type FROM domain_events WHERE subject_id = $1 ORDER BY seq',
        [field.id],
      );
      expect(events.map((event) => event.type)).toEqual([
        'custom-field.created',
        'custom-field.updated',
        'custom-field.deleted',
        'custom-field.restored',
      ]);
    });
  });

  describe('bad input (400, problem+json, nothing written)', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['an unknown field', { colour: 'red' }, 'colour'],
      ['a camel-case key', { key: 'storeCount' }, 'key'],
      ['an unknown type', { type: 'money' }, 'type'],
      ['an unknown record type', { recordType: 'invoice' }, 'recordType'],
      ['a select without options', { type: 'multi_select' }, 'options'],
      ['options on a number', { options: [{ key: 'a', label: { zh: '甲', en: 'A' } }] }, 'options'],
      [
        'duplicate option keys',
        {
          type: 'single_select',
          options: [
            { key: 'a', label: { zh: '甲', en: 'A' } },
            { key: 'a', label: { zh: '乙', en: 'B' } },
          ],
        },
        'options',
      ],
      ['an upside-down range', { min: 10, max: 1 }, 'min'],
      ['a default out of range', { min: 0, defaultValue: -1 }, 'defaultValue'],
      ['a default of the wrong type', { defaultValue: 'many' }, 'defaultValue'],
      ['a blank label', { label: { zh: ' ', en: 'x' } }, 'label'],
      ['company-only on a lead', { recordType: 'lead', appliesTo: 'company' }, 'appliesTo'],
    ])('%s', async (_, change, field) => {
      const key = uniqueKey();
      const response = await t
        .http()
        .post(BASE)
        .set(bearer(admin))
        .send({ ...body({ key }), ...change })
        .expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(response.body)).toContain(field);
      const [{ count }] = await db.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM custom_field_definitions WHERE key = $1',
        [key],
      );
      expect(count).toBe(0);
    });

    it('an option is deactivated, never removed (400 naming it)', async () => {
      const field = await create({
        type: 'multi_select',
        options: [
          { key: 'wechat', label: { zh: '微信', en: 'WeChat' } },
          { key: 'fair', label: { zh: '展会', en: 'Trade fair' } },
        ],
      });
      const removed = await t
        .http()
        .patch(`${BASE}/${field.id}`)
        .set(bearer(admin))
        .send({ options: [{ key: 'wechat', label: { zh: '微信', en: 'WeChat' } }] })
        .expect(400);
      expect(removed.body.errors).toEqual([
        expect.objectContaining({ field: 'options', message: expect.stringContaining('fair') }),
      ]);
      const deactivated = await t
        .http()
        .patch(`${BASE}/${field.id}`)
        .set(bearer(admin))
        .send({
          options: [
            { key: 'wechat', label: { zh: '微信', en: 'WeChat' } },
            { key: 'fair', label: { zh: '展会', en: 'Trade fair' }, active: false },
          ],
        })
        .expect(200);
      expect(deactivated.body.options).toMatchObject([
        { key: 'wechat', active: true },
        { key: 'fair', active: false },
      ]);
    });

    it('the problem reads in Chinese for a zh-CN caller', async () => {
      const field = await create();
      const response = await t
        .http()
        .post(BASE)
        .set(bearer(admin))
        .set('Accept-Language', 'zh-CN')
        .send(body({ key: field.key }))
        .expect(409);
      expect(response.body.detail).toBe(
        `该记录类型已有标识为“${field.key}”的自定义字段（含已删除的字段）。`,
      );
    });
  });

  describe('type changes', () => {
    it('a type change is allowed while no stored value would break; the default converts with it', async () => {
      const field = await create({ type: 'text', defaultValue: '42' });
      const changed = await t
        .http()
        .patch(`${BASE}/${field.id}`)
        .set(bearer(admin))
        .send({ type: 'number' })
        .expect(200);
      expect(changed.body).toMatchObject({ key: field.key, type: 'number', defaultValue: 42 });
      // A default that does not convert must be replaced along with the type.
      const withDefault = await create({ type: 'text', defaultValue: 'many' });
      const refused = await t
        .http()
        .patch(`${BASE}/${withDefault.id}`)
        .set(bearer(admin))
        .send({ type: 'number' })
        .expect(400);
      expect(refused.body.errors).toMatchObject([{ field: 'defaultValue' }]);
      await t
        .http()
        .patch(`${BASE}/${withDefault.id}`)
        .set(bearer(admin))
        .send({ type: 'number', defaultValue: 3 })
        .expect(200);
    });
  });

  describe('values on customers', () => {
    const customers = '/api/v1/customers';
    const valuesOf = async (who: Tokens, id: string) =>
      (await t.http().get(`${customers}/${id}`).set(bearer(who)).expect(200)).body
        .customFields as Record<string, unknown>;

    it('a customer is created and changed with values, checked and normalised by the field', async () => {
      const stores = await create({ appliesTo: 'company', min: 0 });
      const channel = await create({
        type: 'single_select',
        options: [
          { key: 'wechat', label: { zh: '微信', en: 'WeChat' } },
          { key: 'visit', label: { zh: '拜访', en: 'Visit' } },
        ],
        defaultValue: 'visit',
      });
      const created = await newCustomer(t, as.sales_rep, {
        customFields: { [stores.key]: 12 },
      });
      // Other tests' fields (and their defaults) are on customers too: look at these two.
      expect(await valuesOf(as.sales_rep, created.id)).toMatchObject({
        [stores.key]: 12,
        [channel.key]: 'visit',
      });
      const updated = await t
        .http()
        .patch(`${customers}/${created.id}`)
        .set(bearer(as.sales_rep))
        .send({ customFields: { [stores.key]: null, [channel.key]: 'wechat' } })
        .expect(200);
      expect(updated.body.customFields).toMatchObject({ [channel.key]: 'wechat' });
      expect(updated.body.customFields).not.toHaveProperty(stores.key);
      const audit = await t
        .http()
        .get('/api/v1/audit')
        .query({ entity: 'customer', entityId: created.id })
        .set(bearer(admin))
        .expect(200);
      const change = (
        audit.body.items as Array<{ action: string; changes: Record<string, unknown> }>
      ).find((entry) => entry.action === 'update')?.changes.customFields as {
        from: Record<string, unknown>;
        to: Record<string, unknown>;
      };
      expect(change.from).toMatchObject({ [stores.key]: 12, [channel.key]: 'visit' });
      expect(change.to).toMatchObject({ [channel.key]: 'wechat' });
      expect(change.to).not.toHaveProperty(stores.key);
    });

    it('unknown keys, wrong values and fields of the other kind are refused (400 naming them), nothing written', async () => {
      const stores = await create({ appliesTo: 'company', min: 0 });
      const wechat = await create({ appliesTo: 'person', type: 'text' });
      const name = uniqueCompanyName();
      const refused = await t
        .http()
        .post(customers)
        .set(bearer(as.sales_rep))
        .send({
          kind: 'company',
          name,
          phones: [{ type: 'work', value: uniqueMobile() }],
          customFields: { [stores.key]: -1, stand: 'B7', [wechat.key]: 'li' },
        })
        .expect(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(
        [`customFields.${stores.key}`, 'customFields.stand', `customFields.${wechat.key}`].sort(),
      );
      const [{ count }] = await db.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM customers WHERE name = $1',
        [name],
      );
      expect(count).toBe(0);
    });

    it('a field hidden from a role is absent from its reads and unknown to its writes; a read-only one is 403', async () => {
      const secret = await create({ hiddenFromRoles: ['sales_rep'] });
      const fixed = await create({ readOnlyForRoles: ['sales_rep'] });
      const customer = await newCustomer(t, as.sales_rep);
      await t
        .http()
        .patch(`${customers}/${customer.id}`)
        .set(bearer(admin))
        .send({ customFields: { [secret.key]: 7, [fixed.key]: 8 } })
        .expect(200);
      expect(await valuesOf(admin, customer.id)).toMatchObject({ [secret.key]: 7, [fixed.key]: 8 });
      const repSees = await valuesOf(as.sales_rep, customer.id);
      expect(repSees).toMatchObject({ [fixed.key]: 8 });
      expect(repSees).not.toHaveProperty(secret.key);
      await t
        .http()
        .patch(`${customers}/${customer.id}`)
        .set(bearer(as.sales_rep))
        .send({ customFields: { [secret.key]: 1 } })
        .expect(400);
      await t
        .http()
        .patch(`${customers}/${customer.id}`)
        .set(bearer(as.sales_rep))
        .send({ customFields: { [fixed.key]: 1 } })
        .expect(403);
      expect(await valuesOf(admin, customer.id)).toMatchObject({ [secret.key]: 7, [fixed.key]: 8 });
    });

    it('a type change is refused with the count of customers whose values would not convert', async () => {
      const field = await create({ type: 'text' });
      for (const value of ['12', 'many', 'lots'])
        await newCustomer(t, admin, { customFields: { [field.key]: value } });
      const refused = await t
        .http()
        .patch(`${BASE}/${field.id}`)
        .set(bearer(admin))
        .send({ type: 'number' })
        .expect(409);
      expect(refused.body.offendingRecords).toBe(2);
      expect(refused.body.detail).toContain('2 record(s)');
      const stored = await t.http().get(`${BASE}/${field.id}`).set(bearer(admin)).expect(200);
      expect(stored.body).toMatchObject({ type: 'text', version: 1 });
      await t
        .http()
        .patch(`${BASE}/${field.id}`)
        .set(bearer(admin))
        .send({ type: 'long_text' })
        .expect(200);
    });

    it('a deleted field leaves customer reads, and its values come back with it', async () => {
      const field = await create();
      const customer = await newCustomer(t, admin, { customFields: { [field.key]: 5 } });
      await t.http().delete(`${BASE}/${field.id}`).set(bearer(admin)).expect(204);
      expect(await valuesOf(admin, customer.id)).not.toHaveProperty(field.key);
      await t.http().post(`${BASE}/${field.id}/restore`).set(bearer(admin)).expect(200);
      expect(await valuesOf(admin, customer.id)).toMatchObject({ [field.key]: 5 });
    });
  });

  describe('values on leads', () => {
    it('a lead is created and changed with values; unknown keys are 400; hidden fields stay out of reads', async () => {
      const booth = await create({ recordType: 'lead', type: 'text' });
      const budget = await create({
        recordType: 'lead',
        type: 'currency',
        hiddenFromRoles: ['sales_rep'],
      });
      const lead = await newLead(t, as.sales_rep, {
        customFields: { [booth.key]: ' 11.2 馆 C15 ' },
      });
      const created = (lead as unknown as { customFields: Record<string, unknown> }).customFields;
      expect(created).toMatchObject({ [booth.key]: '11.2 馆 C15' });
      await t
        .http()
        .patch(`/api/v1/leads/${lead.id}`)
        .set(bearer(admin))
        .send({ customFields: { [budget.key]: '50000' } })
        .expect(200);
      const adminSees = await t
        .http()
        .get(`/api/v1/leads/${lead.id}`)
        .set(bearer(admin))
        .expect(200);
      expect(adminSees.body.customFields).toMatchObject({
        [booth.key]: '11.2 馆 C15',
        [budget.key]: '50000.00',
      });
      const repSees = await t
        .http()
        .get(`/api/v1/leads/${lead.id}`)
        .set(bearer(as.sales_rep))
        .expect(200);
      expect(repSees.body.customFields).not.toHaveProperty(budget.key);
      const refused = await t
        .http()
        .patch(`/api/v1/leads/${lead.id}`)
        .set(bearer(as.sales_rep))
        .send({ customFields: { booth_no: 'C15' } })
        .expect(400);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'customFields.booth_no' }),
      ]);
    });
  });
});
