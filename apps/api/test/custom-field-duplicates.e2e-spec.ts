import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueCompanyName, uniqueMobile } from './factories/customer.factory';
import { runImport } from './factories/import.factory';
import { newLead } from './factories/lead.factory';
import { eventually } from './support/eventually';
import { createTestApp, type TestApp } from './support/test-app';

const RULES = '/api/v1/settings/duplicate-rules';
const FIELDS = '/api/v1/custom-fields';

const uniqueKey = (prefix: string) => `${prefix}_${randomBytes(4).toString('hex')}`;
const uniqueCode = () => `KH-${randomBytes(4).toString('hex').toUpperCase()}`;

interface Rule {
  key: string;
  mode: 'block' | 'warn' | 'off';
}

describe('duplicate rules on custom fields', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Tokens, rep1: Tokens, rep3: Tokens;

  beforeAll(async () => {
    t = await createTestApp({ KEHU_IMPORT_WORKER: 'true' });
    db = t.app.get(DataSource);
    [admin, rep1, rep3] = await signInAll(t, 'admin rep1 rep3');
  });
  afterAll(() => t.app.close());

  async function field(type: string, extra: Record<string, unknown> = {}) {
    const response = await t
      .as(admin)
      .post(FIELDS)
      .send({
        recordType: 'customer',
        key: uniqueKey(type),
        type,
        label: { zh: '字段', en: 'Field' },
        ...extra,
      })
      .expect(201);
    return response.body as { id: string; key: string; version: number };
  }

  /** Adds (or replaces) custom field rules, keeping the built-in ones and the others. */
  async function putRules(rules: Rule[]) {
    const current = await t.as(admin).get(RULES).expect(200);
    const others = (current.body.customFieldRules as Rule[]).filter(
      (rule) => !rules.some((given) => given.key === rule.key),
    );
    return t
      .as(admin)
      .put(RULES)
      .send({ rules: current.body.rules, customFieldRules: [...others, ...rules] });
  }

  const create = (who: Tokens, customFields: Record<string, unknown>, acknowledge = false) =>
    t
      .as(who)
      .post('/api/v1/customers')
      .query(acknowledge ? { acknowledgeDuplicates: 'true' } : {})
      .send({ kind: 'company', name: uniqueCompanyName(), customFields });

  const keyCount = async (key: string) =>
    Number(
      (await db.query(`SELECT count(*) AS n FROM customer_keys WHERE field = $1`, [`cf.${key}`]))[0]
        .n,
    );

  it('a block rule holds under 20 concurrent creates: one 201, nineteen 409 naming it', async () => {
    const code = await field('text');
    await putRules([{ key: code.key, mode: 'block' }]).then((r) => expect(r.status).toBe(200));
    const value = uniqueCode();
    // the same code in other spellings: lower case, full-width, spaces around
    const spellings = [value, value.toLowerCase(), ` ${value} `, value.replace('KH', 'ＫＨ')];
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        create(index % 2 === 0 ? rep1 : rep3, { [code.key]: spellings[index % 4] }, true),
      ),
    );
    const created = responses.filter((response) => response.status === 201);
    const refused = responses.filter((response) => response.status === 409);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(19);
    const winner = created[0].body as { id: string; name: string };
    for (const response of refused) {
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.duplicates).toEqual([
        expect.objectContaining({
          id: winner.id,
          name: winner.name,
          matchedOn: [],
          matchedCustomFields: [code.key],
          blocking: true,
        }),
      ]);
    }
    expect(await keyCount(code.key)).toBe(1);
  });

  it('a block rule holds on update too; clearing the value frees it', async () => {
    const code = await field('text');
    await putRules([{ key: code.key, mode: 'block' }]).then((r) => expect(r.status).toBe(200));
    const value = uniqueCode();
    const first = await newCustomer(t, admin, { customFields: { [code.key]: value } });
    const second = await newCustomer(t, admin, { customFields: { [code.key]: uniqueCode() } });
    const refused = await t
      .as(admin)
      .patch(`/api/v1/customers/${second.id}`)
      .query({ acknowledgeDuplicates: 'true' })
      .send({ customFields: { [code.key]: value.toLowerCase() } })
      .expect(409);
    expect(refused.body.duplicates).toEqual([
      expect.objectContaining({ id: first.id, matchedCustomFields: [code.key], blocking: true }),
    ]);
    await t
      .as(admin)
      .patch(`/api/v1/customers/${first.id}`)
      .send({ customFields: { [code.key]: null } })
      .expect(200);
    await t
      .as(admin)
      .patch(`/api/v1/customers/${second.id}`)
      .send({ customFields: { [code.key]: value } })
      .expect(200);
  });

  it('an import compares and keys the values too: duplicates of customers and of earlier rows are skipped', async () => {
    const code = await field('text');
    await putRules([{ key: code.key, mode: 'block' }]).then((r) => expect(r.status).toBe(200));
    const taken = uniqueCode();
    const fresh = uniqueCode();
    await newCustomer(t, admin, { customFields: { [code.key]: taken } });
    const csv = [
      'name,mobile,code',
      `"${uniqueCompanyName()}",${uniqueMobile()},${taken.toLowerCase()}`,
      `"${uniqueCompanyName()}",${uniqueMobile()},${fresh}`,
      `"${uniqueCompanyName()}",${uniqueMobile()}, ${fresh.toLowerCase()}`,
    ].join('\n');
    const done = await runImport(
      t,
      bearer(admin),
      'customers',
      csv,
      ['name', 'mobile', `cf.${code.key}`],
      { duplicateMode: 'skip', timeoutMs: 60_000 },
    );
    expect(done).toMatchObject({ status: 'completed', created: 1, skipped: 2, failed: 0 });
    // the imported customer holds its value: the API refuses another
    await create(admin, { [code.key]: fresh }, true).expect(409);
    expect(await keyCount(code.key)).toBe(2);
  });

  it('a lead converts into a customer only if its values pass the rules too', async () => {
    const code = await field('text');
    await putRules([{ key: code.key, mode: 'block' }]).then((r) => expect(r.status).toBe(200));
    const value = uniqueCode();
    const existing = await newCustomer(t, admin, { customFields: { [code.key]: value } });
    const lead = await newLead(t, admin);
    const refused = await t
      .as(admin)
      .post(`/api/v1/leads/${lead.id}/convert`)
      .set('If-Match', `"${lead.version}"`)
      .send({ acknowledgeDuplicates: true, customer: { customFields: { [code.key]: value } } })
      .expect(409);
    expect(refused.body.duplicates).toEqual([
      expect.objectContaining({ id: existing.id, matchedCustomFields: [code.key], blocking: true }),
    ]);
  });

  it('a warn rule asks to confirm, and saves when acknowledged', async () => {
    const phone = await field('phone');
    await putRules([{ key: phone.key, mode: 'warn' }]).then((r) => expect(r.status).toBe(200));
    const first = await newCustomer(t, rep1, { customFields: { [phone.key]: '139 1234 5678' } });
    const warned = await create(rep3, { [phone.key]: '+86 13912345678' }).expect(409);
    expect(warned.body.duplicates).toEqual([
      expect.objectContaining({
        id: first.id,
        matchedCustomFields: [phone.key],
        blocking: false,
        readable: false,
      }),
    ]);
    // the form's check while typing says the same
    const checked = await t
      .as(rep3)
      .post('/api/v1/customers/duplicates/check')
      .send({ kind: 'company', customFields: { [phone.key]: '１３９-1234-5678' } })
      .expect(200);
    expect(checked.body.duplicates).toEqual([
      expect.objectContaining({ id: first.id, matchedCustomFields: [phone.key], blocking: false }),
    ]);
    await create(rep3, { [phone.key]: '13912345678' }, true).expect(201);
  });

  it('a block rule where customers already share a value is refused (409) and nothing changes', async () => {
    const code = await field('text');
    const value = uniqueCode();
    await newCustomer(t, admin, { customFields: { [code.key]: value } });
    await newCustomer(t, admin, { customFields: { [code.key]: value.toLowerCase() } });
    const refused = await putRules([{ key: code.key, mode: 'block' }]);
    expect(refused.status).toBe(409);
    const rules = await t.as(admin).get(RULES).expect(200);
    expect((rules.body.customFieldRules as Rule[]).some((rule) => rule.key === code.key)).toBe(
      false,
    );
    expect(await keyCount(code.key)).toBe(0);
    // as a warning it is taken, and the existing values are keyed
    await putRules([{ key: code.key, mode: 'warn' }]).then((r) => expect(r.status).toBe(200));
    expect(await keyCount(code.key)).toBe(2);
  });

  it('keeps the custom field rules when a request leaves them out or sends null', async () => {
    const code = await field('text');
    await putRules([{ key: code.key, mode: 'warn' }]).then((r) => expect(r.status).toBe(200));
    const current = await t.as(admin).get(RULES).expect(200);
    for (const body of [
      { rules: current.body.rules },
      { rules: current.body.rules, customFieldRules: null },
    ]) {
      const saved = await t.as(admin).put(RULES).send(body).expect(200);
      expect(saved.body.customFieldRules).toEqual(current.body.customFieldRules);
    }
  });

  it('refuses rules on unknown fields and on types that cannot be compared (400)', async () => {
    const notes = await field('long_text');
    const tags = await field('multi_select', {
      options: [{ key: 'a', label: { zh: '甲', en: 'A' } }],
    });
    for (const key of [notes.key, tags.key, 'no_such_field']) {
      const response = await putRules([{ key, mode: 'block' }]);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ field: 'customFieldRules' }),
      ]);
    }
  });

  it('a rule on a deleted field stops applying, and applies again once the field is restored', async () => {
    const code = await field('text');
    await putRules([{ key: code.key, mode: 'block' }]).then((r) => expect(r.status).toBe(200));
    const value = uniqueCode();
    await newCustomer(t, admin, { customFields: { [code.key]: value } });
    expect(await keyCount(code.key)).toBe(1);

    await t.as(admin).delete(`${FIELDS}/${code.id}`).expect(204);
    // the rules are read on the next write (here, a read of them), and the deleted field's
    // keys go; the rule stays stored
    await eventually(async () => {
      const rules = await t.as(admin).get(RULES).expect(200);
      expect(rules.body.customFieldRules).toEqual(
        expect.arrayContaining([{ key: code.key, mode: 'block' }]),
      );
      expect(await keyCount(code.key)).toBe(0);
    });
    // meanwhile the field takes no values, so none can clash

    await t.as(admin).post(`${FIELDS}/${code.id}/restore`).expect(200);
    await eventually(async () => {
      await t.as(admin).get(RULES).expect(200);
      expect(await keyCount(code.key)).toBe(1);
    });
    await create(admin, { [code.key]: value.toLowerCase() }, true).expect(409);
    expect(await keyCount(code.key)).toBe(1);
  });
});
