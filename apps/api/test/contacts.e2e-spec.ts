import { randomInt } from 'node:crypto';
import { signInAll, type Tokens } from './factories/auth.factory';
import { customerIdsFound, newCustomer, uniqueMobile } from './factories/customer.factory';
import { createTestApp, type TestApp } from './support/test-app';

interface ContactBody {
  id: string;
  version: number;
  primary: boolean;
  title: string | null;
  company: { id: string; readable: boolean; name?: string };
  person: {
    id: string;
    readable: boolean;
    name?: string;
    number?: string;
    phones?: Array<{ value: string }>;
  };
}

describe('contacts', () => {
  let t: TestApp;
  let admin: Tokens, rep1: Tokens, rep2: Tokens, agent: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, rep1, rep2, agent] = await signInAll(t, 'admin rep1 rep2 agent');
  });
  afterAll(() => t.app.close());

  const company = (as: Tokens, fields: Record<string, unknown> = {}) => newCustomer(t, as, fields);
  const person = (as: Tokens, fields: Record<string, unknown> = {}) =>
    newCustomer(t, as, { kind: 'person', name: '王芳', ...fields });

  function addContact(as: Tokens, companyId: string, body: Record<string, unknown>) {
    return t.as(as).post(`/api/v1/customers/${companyId}/contacts`).send(body);
  }

  async function contactsOf(as: Tokens, customerId: string) {
    const response = await t.as(as).get(`/api/v1/customers/${customerId}/contacts`).expect(200);
    return response.body.items as ContactBody[];
  }

  it('a company lists its people with their phones; a person lists their companies', async () => {
    const [co, p] = await Promise.all([company(rep1), person(rep1)]);
    const created = await addContact(rep1, co.id, {
      personId: p.id,
      title: '采购经理',
      department: '采购部',
    }).expect(201);
    expect(created.headers.location).toBe(`/api/v1/contacts/${created.body.id}`);
    expect(created.body).toMatchObject({
      title: '采购经理',
      department: '采购部',
      primary: true,
      version: 1,
      company: { id: co.id, readable: true, name: co.name },
      person: { id: p.id, readable: true, name: '王芳', number: p.number, phones: p.phones },
    });
    const people = await contactsOf(rep1, co.id);
    expect(people.map((contact) => contact.person.id)).toEqual([p.id]);
    expect(people[0].person.phones?.[0].value).toBe(p.phones[0].value);
    const companies = await contactsOf(rep1, p.id);
    expect(companies.map((contact) => contact.company)).toEqual([
      expect.objectContaining({ id: co.id, name: co.name, readable: true }),
    ]);
    await addContact(rep1, co.id, { personId: p.id }).expect(409);
  });

  it('adds a new person through the contact, created as a customer with the duplicate check', async () => {
    const co = await company(rep1);
    const phone = uniqueMobile();
    const created = await addContact(rep1, co.id, {
      person: { name: '赵雷', phones: [{ type: 'mobile', value: phone }] },
      title: 'CTO',
    }).expect(201);
    const personId = created.body.person.id as string;
    const read = await t.as(rep1).get(`/api/v1/customers/${personId}`).expect(200);
    expect(read.body).toMatchObject({ kind: 'person', name: '赵雷', owner: { id: rep1.user.id } });
    const timeline = await t.as(rep1).get(`/api/v1/customers/${personId}/timeline`).expect(200);
    expect(timeline.body.items.map((event: { kind: string }) => event.kind)).toEqual(['created']);
  });

  it('a new person whose phone another customer has answers 409 naming the duplicate, and adds nothing', async () => {
    const phone = uniqueMobile();
    const existing = await person(admin, { phones: [{ type: 'mobile', value: phone }] });
    const co = await company(rep1);
    const formatted = `+86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
    const response = await addContact(rep1, co.id, {
      person: { name: '另一个人', phones: [{ type: 'mobile', value: formatted }] },
    }).expect(409);
    expect(response.body.duplicates).toEqual([
      expect.objectContaining({ id: existing.id, matchedOn: ['phone'], blocking: true }),
    ]);
    expect(await contactsOf(rep1, co.id)).toEqual([]);
    const search = await t.as(admin).get('/api/v1/customers').query({ q: '另一个人' }).expect(200);
    expect(search.body.items).toEqual([]);
  });

  it('a company has one primary contact: a new primary replaces it, and deleting it promotes the next', async () => {
    const co = await company(rep1);
    const [p1, p2, p3] = await Promise.all([person(rep1), person(rep1), person(rep1)]);
    const first = await addContact(rep1, co.id, { personId: p1.id }).expect(201);
    expect(first.body.primary).toBe(true);
    const second = await addContact(rep1, co.id, { personId: p2.id }).expect(201);
    expect(second.body.primary).toBe(false);
    const third = await addContact(rep1, co.id, { personId: p3.id, primary: true }).expect(201);
    expect(third.body.primary).toBe(true);
    const primaries = async () =>
      (await contactsOf(rep1, co.id))
        .filter((contact) => contact.primary)
        .map((contact) => contact.id);
    expect(await primaries()).toEqual([third.body.id]);

    await t
      .as(rep1)
      .patch(`/api/v1/contacts/${third.body.id}`)
      .send({ primary: false })
      .expect(400);
    const promoted = await t
      .as(rep1)
      .patch(`/api/v1/contacts/${second.body.id}`)
      .set('If-Match', '"1"')
      .send({ primary: true, title: '总经理' })
      .expect(200);
    expect(promoted.body).toMatchObject({ primary: true, title: '总经理', version: 2 });
    expect(await primaries()).toEqual([second.body.id]);

    await t.as(rep1).delete(`/api/v1/contacts/${second.body.id}`).expect(204);
    expect(await primaries()).toEqual([first.body.id]);

    const audit = await t
      .as(admin)
      .get('/api/v1/audit')
      .query({ entity: 'contact', entityId: third.body.id })
      .expect(200);
    expect(audit.body.items[0].changes).toEqual({ isPrimary: { from: true, to: false } });
  });

  it('deleting a contact keeps the person', async () => {
    const [co, p] = await Promise.all([company(rep1), person(rep1)]);
    const contact = await addContact(rep1, co.id, { personId: p.id }).expect(201);
    await t
      .as(rep1)
      .delete(`/api/v1/contacts/${contact.body.id}`)
      .set('If-Match', '"7"')
      .expect(412);
    await t
      .as(rep1)
      .delete(`/api/v1/contacts/${contact.body.id}`)
      .set('If-Match', '"1"')
      .expect(204);
    await t.as(rep1).get(`/api/v1/customers/${p.id}`).expect(200);
    await t.as(rep1).get(`/api/v1/contacts/${contact.body.id}`).expect(404);
    expect(await contactsOf(rep1, co.id)).toEqual([]);
    expect(await contactsOf(rep1, p.id)).toEqual([]);
    // The person can be added again.
    await addContact(rep1, co.id, { personId: p.id }).expect(201);
  });

  it('a deleted contact comes back, primary only if the company has none now', async () => {
    const co = await company(rep1);
    const [p1, p2] = await Promise.all([person(rep1), person(rep1)]);
    const first = await addContact(rep1, co.id, { personId: p1.id }).expect(201);
    await t.as(rep1).delete(`/api/v1/contacts/${first.body.id}`).expect(204);
    const second = await addContact(rep1, co.id, { personId: p2.id }).expect(201);
    expect(second.body.primary).toBe(true);
    const restored = await t.as(rep1).post(`/api/v1/contacts/${first.body.id}/restore`).expect(200);
    expect(restored.body).toMatchObject({ primary: false, person: { id: p1.id } });
    await t.as(rep1).delete(`/api/v1/contacts/${first.body.id}`).expect(204);
    await addContact(rep1, co.id, { personId: p1.id }).expect(201);
    await t.as(rep1).post(`/api/v1/contacts/${first.body.id}/restore`).expect(409);
  });

  it('a merge moves contacts to the survivor, keeping one per person and one primary', async () => {
    const [source, target] = await Promise.all([company(admin), company(admin)]);
    const [shared, onlySource, onlyTarget] = await Promise.all([
      person(admin),
      person(admin),
      person(admin),
    ]);
    await addContact(admin, target.id, { personId: onlyTarget.id }).expect(201);
    await addContact(admin, target.id, { personId: shared.id, title: 'kept' }).expect(201);
    await addContact(admin, source.id, { personId: shared.id, title: 'dropped' }).expect(201);
    await addContact(admin, source.id, { personId: onlySource.id }).expect(201);
    await t
      .as(admin)
      .post(`/api/v1/customers/${target.id}/merge`)
      .send({ sourceId: source.id })
      .expect(200);
    const people = await contactsOf(admin, target.id);
    expect(people.map((contact) => contact.person.id).sort()).toEqual(
      [shared.id, onlySource.id, onlyTarget.id].sort(),
    );
    expect(people.find((contact) => contact.person.id === shared.id)?.title).toBe('kept');
    expect(people.filter((contact) => contact.primary).map((c) => c.person.id)).toEqual([
      onlyTarget.id,
    ]);
  });

  it('merging two people gives the survivor the duplicate’s companies', async () => {
    const [co, other] = await Promise.all([company(admin), company(admin)]);
    const [source, target] = await Promise.all([person(admin), person(admin)]);
    await addContact(admin, co.id, { personId: source.id }).expect(201);
    await addContact(admin, co.id, { personId: target.id }).expect(201);
    await addContact(admin, other.id, { personId: source.id }).expect(201);
    await t
      .as(admin)
      .post(`/api/v1/customers/${target.id}/merge`)
      .send({ sourceId: source.id })
      .expect(200);
    const companies = await contactsOf(admin, target.id);
    expect(companies.map((contact) => contact.company.id).sort()).toEqual([co.id, other.id].sort());
    const atCo = await contactsOf(admin, co.id);
    expect(atCo.map((contact) => [contact.person.id, contact.primary])).toEqual([
      [target.id, true],
    ]);
  });

  it('changing contacts needs update on the company, and only a person the caller may read', async () => {
    const unshared = await company(rep1);
    const shared = await company(rep1, { sharedWithTeam: true });
    const hiddenPerson = await person(rep1);
    const own = await person(rep2);
    await addContact(rep2, unshared.id, { personId: own.id }).expect(404);
    await addContact(rep2, shared.id, { personId: hiddenPerson.id }).expect(404);
    await addContact(agent, shared.id, { personId: own.id }).expect(403);
    await addContact(rep2, shared.id, { personId: own.id }).expect(201);

    const byRep1 = await contactsOf(rep1, shared.id);
    expect(byRep1.map((contact) => contact.person)).toEqual([{ id: own.id, readable: false }]);
  });

  it('refuses a contact that is not a person at a company (400)', async () => {
    const [co, other, p] = await Promise.all([company(rep1), company(rep1), person(rep1)]);
    await addContact(rep1, co.id, { personId: other.id }).expect(400);
    await addContact(rep1, p.id, { personId: p.id }).expect(400);
    await addContact(rep1, co.id, {}).expect(400);
    await addContact(rep1, co.id, { personId: p.id, person: { name: 'x' } }).expect(400);
    await addContact(rep1, co.id, { personId: p.id, unknown: 1 }).expect(400);
  });

  it('clears title, department and notes with null; refuses a null primary (400)', async () => {
    const [co, p] = await Promise.all([company(rep1), person(rep1)]);
    const created = await addContact(rep1, co.id, {
      personId: p.id,
      title: '采购经理',
      department: '采购部',
      notes: '周一上午方便联系',
    }).expect(201);
    const cleared = await t
      .as(rep1)
      .patch(`/api/v1/contacts/${created.body.id}`)
      .send({ title: null, department: null, notes: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ title: null, department: null, notes: null, version: 2 });
    const refused = await t
      .as(rep1)
      .patch(`/api/v1/contacts/${created.body.id}`)
      .send({ primary: null })
      .expect(400);
    expect(refused.body.errors[0].field).toBe('primary');
  });

  describe('customer search by contact name', () => {
    /** A Chinese name no one else in the run has: two random CJK characters after 欧阳. */
    const uniqueChineseName = () =>
      `欧阳${String.fromCodePoint(0x4e00 + randomInt(0x5000))}${String.fromCodePoint(0x4e00 + randomInt(0x5000))}`;

    const search = (as: Tokens, q: string) => customerIdsFound(t, as, q);

    /** Adds a new person with this name as a contact of the company; returns the person's id. */
    const addPersonNamed = async (companyId: string, name: string) => {
      const created = await addContact(rep1, companyId, {
        person: { name, phones: [{ type: 'mobile', value: uniqueMobile() }] },
      }).expect(201);
      return created.body.person.id as string;
    };

    it('q finds the company of a contact by part of a Chinese name, for those who may read it', async () => {
      const co = await company(rep1);
      const name = uniqueChineseName();
      const personId = await addPersonNamed(co.id, name);

      expect((await search(rep1, name.slice(1))).sort()).toEqual([co.id, personId].sort());
      expect(await search(admin, name)).toContain(co.id);
      expect(await search(rep2, name)).toEqual([]);
    });

    it('two characters of a name (too short for the trigram index) still find person and company', async () => {
      const co = await company(rep1);
      const name = uniqueChineseName();
      const personId = await addPersonNamed(co.id, name);
      expect((await search(rep1, name.slice(2))).sort()).toEqual([co.id, personId].sort());
      expect(await search(rep2, name.slice(2))).toEqual([]);
    });

    it('a company found by its own name and by a contact’s is listed once', async () => {
      const name = uniqueChineseName();
      const co = await company(rep1, { name: `${name}贸易有限公司` });
      const p = await person(rep1, { name });
      await addContact(rep1, co.id, { personId: p.id }).expect(201);
      expect((await search(rep1, name)).sort()).toEqual([co.id, p.id].sort());
    });

    it('a deleted contact no longer finds its company', async () => {
      const co = await company(rep1);
      const p = await person(rep1, { name: uniqueChineseName() });
      const created = await addContact(rep1, co.id, { personId: p.id }).expect(201);
      expect(await search(rep1, p.name)).toContain(co.id);
      await t.as(rep1).delete(`/api/v1/contacts/${created.body.id}`).expect(204);
      expect(await search(rep1, p.name)).toEqual([p.id]);
    });

    it('the name of a contact the caller may not read finds nothing', async () => {
      const shared = await company(rep1, { sharedWithTeam: true });
      const hidden = await person(rep2, { name: uniqueChineseName() });
      await addContact(rep2, shared.id, { personId: hidden.id }).expect(201);
      expect(await search(rep1, hidden.name)).toEqual([]);
      expect((await search(rep2, hidden.name)).sort()).toEqual([shared.id, hidden.id].sort());
    });
  });
});
