import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer } from './factories/customer.factory';
import { createTestApp, type TestApp } from './support/test-app';

const FIELDS = '/api/v1/custom-fields';
const uniqueKey = (prefix: string) => `${prefix}_${randomBytes(4).toString('hex')}`;

interface ContactBody {
  id: string;
  version: number;
  person: { id: string };
  customFields: Record<string, unknown>;
}

describe('custom field values on contacts', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Tokens, rep1: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    [admin, rep1] = await signInAll(t, 'admin rep1');
  });
  afterAll(() => t.app.close());

  async function field(type: string, extra: Record<string, unknown> = {}) {
    const response = await t
      .as(admin)
      .post(FIELDS)
      .send({
        recordType: 'contact',
        key: uniqueKey(type),
        type,
        label: { zh: '联系人字段', en: 'Contact field' },
        ...extra,
      })
      .expect(201);
    return response.body as { id: string; key: string };
  }

  const addContact = (who: Tokens, companyId: string, body: Record<string, unknown>) =>
    t
      .as(who)
      .post(`/api/v1/customers/${companyId}/contacts`)
      .query({ acknowledgeDuplicates: 'true' })
      .send({ person: { name: '周晓梅' }, title: '采购经理', ...body });

  it('stores checked values, shows each role the fields it sees, and audits changes', async () => {
    const badge = await field('text');
    const level = await field('number', { hiddenFromRoles: ['sales_rep'], min: 1, max: 5 });
    const company = await newCustomer(t, rep1);

    const created = await addContact(rep1, company.id, {
      customFields: { [badge.key]: '  A-17 ' },
    }).expect(201);
    const contact = created.body as ContactBody;
    expect(contact.customFields).toMatchObject({ [badge.key]: 'A-17' });
    // the demo's contact fields take their defaults too
    expect(contact.customFields).toMatchObject({ birthday_greeting: true });

    // the admin sets the field hidden from reps: reps never see it, the admin does
    const byAdmin = await t
      .as(admin)
      .patch(`/api/v1/contacts/${contact.id}`)
      .set('If-Match', `"${contact.version}"`)
      .send({ customFields: { [level.key]: 3 } })
      .expect(200);
    expect(byAdmin.body.customFields).toMatchObject({ [badge.key]: 'A-17', [level.key]: 3 });
    const byRep = await t.as(rep1).get(`/api/v1/contacts/${contact.id}`).expect(200);
    expect(byRep.body.customFields).toMatchObject({ [badge.key]: 'A-17' });
    expect(byRep.body.customFields).not.toHaveProperty(level.key);
    const listed = await t.as(rep1).get(`/api/v1/customers/${company.id}/contacts`).expect(200);
    expect(listed.body.items[0].customFields).toMatchObject({ [badge.key]: 'A-17' });
    expect(listed.body.items[0].customFields).not.toHaveProperty(level.key);
    // … and may not set it: it answers as an unknown field
    await t
      .as(rep1)
      .patch(`/api/v1/contacts/${contact.id}`)
      .send({ customFields: { [level.key]: 2 } })
      .expect(400);

    // null clears a value; the other stays
    const cleared = await t
      .as(rep1)
      .patch(`/api/v1/contacts/${contact.id}`)
      .send({ customFields: { [badge.key]: null } })
      .expect(200);
    expect(cleared.body.customFields).not.toHaveProperty(badge.key);
    const [stored] = await db.query('SELECT custom_fields FROM contacts WHERE id = $1', [
      contact.id,
    ]);
    expect(stored.custom_fields).toMatchObject({ [level.key]: 3 });
    expect(stored.custom_fields).not.toHaveProperty(badge.key);

    const audit = await t
      .as(admin)
      .get('/api/v1/audit')
      .query({ entity: 'contact', entityId: contact.id })
      .expect(200);
    const changes = (
      audit.body.items as Array<{ action: string; changes: Record<string, unknown> }>
    ).map((entry) => ({ action: entry.action, customFields: entry.changes.customFields }));
    expect(changes).toEqual(
      expect.arrayContaining([
        {
          action: 'create',
          customFields: { from: null, to: { [badge.key]: 'A-17', birthday_greeting: true } },
        },
        {
          action: 'update',
          customFields: {
            from: { [badge.key]: 'A-17', [level.key]: 3, birthday_greeting: true },
            to: { [level.key]: 3, birthday_greeting: true },
          },
        },
      ]),
    );
  });

  it('domain events (what webhooks send) name the custom fields a write changed', async () => {
    const badge = await field('text');
    const company = await newCustomer(t, rep1);
    const created = await addContact(rep1, company.id, {
      customFields: { [badge.key]: 'B-1' },
    }).expect(201);
    await t
      .as(rep1)
      .patch(`/api/v1/contacts/${created.body.id}`)
      .send({ customFields: { [badge.key]: 'B-2' } })
      .expect(200);
    const events: Array<{ type: string; changed_fields: string[] }> = await db.query(
      `SELECT type, changed_fields FROM domain_events WHERE subject_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(events.map((event) => event.type)).toEqual(['contact.created', 'contact.updated']);
    expect(events[0].changed_fields).toEqual(
      expect.arrayContaining(['customFields', `customFields.${badge.key}`]),
    );
    expect(events[1].changed_fields.sort()).toEqual(['customFields', `customFields.${badge.key}`]);
  });

  it('refuses unknown keys and wrong values (400 naming them) before creating the person', async () => {
    const level = await field('number', { max: 5 });
    const company = await newCustomer(t, rep1);
    const name = `无效联系人${randomBytes(3).toString('hex')}`;
    const refused = await addContact(rep1, company.id, {
      person: { name },
      customFields: { [level.key]: 9, nope: 'x' },
    }).expect(400);
    expect(
      (refused.body.errors as Array<{ field: string }>).map((error) => error.field).sort(),
    ).toEqual([`customFields.${level.key}`, 'customFields.nope'].sort());
    const [people] = await db.query('SELECT count(*)::int AS n FROM customers WHERE name = $1', [
      name,
    ]);
    expect(people.n).toBe(0);
  });

  it('a type change is refused with the count of contacts whose values would not convert', async () => {
    const code = await field('text');
    const company = await newCustomer(t, rep1);
    await addContact(rep1, company.id, { customFields: { [code.key]: '12' } }).expect(201);
    await addContact(rep1, company.id, {
      person: { name: '吴刚' },
      customFields: { [code.key]: 'many' },
    }).expect(201);
    const refused = await t.as(admin).patch(`${FIELDS}/${code.id}`).send({ type: 'number' });
    expect(refused.status).toBe(409);
    expect(refused.body.offendingRecords).toBe(1);
  });

  it('the demo contacts carry values of the demo contact fields', async () => {
    const [row] = await db.query(
      `SELECT count(*) FILTER (WHERE custom_fields ? 'birthday_greeting')::int AS greeting,
              count(*) FILTER (WHERE custom_fields ? 'interests')::int AS interests
         FROM contacts`,
    );
    expect(row.greeting).toBeGreaterThan(0);
    expect(row.interests).toBeGreaterThan(0);
  });
});
