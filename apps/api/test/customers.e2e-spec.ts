import { DataSource } from 'typeorm';
import { signInAll, type Tokens } from './factories/auth.factory';
import {
  customerIdsFound,
  newCustomer,
  uniqueCompanyName,
  uniqueMobile,
} from './factories/customer.factory';
import { updateThenStaleUpdate } from './support/if-match';
import { createTestApp, type TestApp } from './support/test-app';

describe('customers', () => {
  let t: TestApp;
  let admin: Tokens, manager: Tokens, rep1: Tokens, rep2: Tokens, rep3: Tokens, partner: Tokens;
  let agent: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, manager, rep1, rep2, rep3, partner, agent] = await signInAll(
      t,
      'admin manager rep1 rep2 rep3 partner agent',
    );
  });
  afterAll(() => t.app.close());

  describe('create', () => {
    it('creates a company with a never-reused number, owned by the caller in their team', async () => {
      const response = await t
        .as(rep1)
        .post('/api/v1/customers')
        .send({
          kind: 'company',
          name: uniqueCompanyName(),
          industry: '制造业',
          phones: [
            { type: 'work', value: uniqueMobile() },
            { type: 'mobile', value: uniqueMobile(), primary: true },
          ],
          addresses: [
            { type: 'office', province: '上海市', city: '上海市', street: '张江路 88 号' },
          ],
          creditLimit: '500000.00',
        })
        .expect(201);
      expect(response.body.number).toMatch(/^C-\d{6,}$/);
      expect(response.headers.location).toBe(`/api/v1/customers/${response.body.id}`);
      expect(response.headers.etag).toBe('"1"');
      expect(response.body.owner).toEqual({ id: rep1.user.id, name: '李明' });
      expect(response.body.team.name).toBe('East');
      expect(response.body.phones.map((phone: { primary: boolean }) => phone.primary)).toEqual([
        false,
        true,
      ]);
      expect(response.body.tier).toBe('potential');
    });

    it('numbers are unique and increasing under concurrent creates', async () => {
      const created = await Promise.all(Array.from({ length: 10 }, () => newCustomer(t, admin)));
      const numbers = created.map((customer) => Number(customer.number.slice(2)));
      expect(new Set(numbers).size).toBe(10);
    });

    it.each([
      [{ number: 'C-000001' }, 'number'],
      [{ dealerOrgId: '7f000000-0000-4000-8000-000000000000' }, 'dealerOrgId'],
      [{ version: 7 }, 'version'],
      [{ mergedIntoId: '7f000000-0000-4000-8000-000000000000' }, 'mergedIntoId'],
      [{ gender: 'female' }, 'gender'],
      [{ phones: [{ type: 'pager', value: '123' }] }, 'phones.0.type'],
      [{ creditLimit: 'lots' }, 'creditLimit'],
    ])('refuses %j with 400 naming %s', async (extra, field) => {
      const response = await t
        .as(admin)
        .post('/api/v1/customers')
        .send({ kind: 'company', name: uniqueCompanyName(), ...extra })
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });

    it('a sales rep cannot create a customer owned by someone else (403)', async () => {
      await t
        .as(rep1)
        .post('/api/v1/customers')
        .send({ kind: 'company', name: uniqueCompanyName(), ownerId: rep2.user.id })
        .expect(403);
    });

    it('a channel partner creates customers for its dealer, but may not set financial fields', async () => {
      const created = await newCustomer(t, partner);
      const read = await t.as(admin).get(`/api/v1/customers/${created.id}`).expect(200);
      expect(read.body.dealerOrgId).toBe(partner.user.dealerOrgId);
      await t
        .as(partner)
        .post('/api/v1/customers')
        .send({ kind: 'company', name: uniqueCompanyName(), creditLimit: '1.00' })
        .expect(403);
    });
  });

  describe('who sees what', () => {
    it('rep2 cannot read rep1’s unshared customer: 404, and never in lists or search', async () => {
      const customer = await newCustomer(t, rep1);
      await t.as(rep2).get(`/api/v1/customers/${customer.id}`).expect(404);
      await t.as(rep2).get(`/api/v1/customers/${customer.id}/timeline`).expect(404);
      const search = await t
        .as(rep2)
        .get('/api/v1/customers')
        .query({ q: customer.name, limit: 200 })
        .expect(200);
      expect(search.body.items).toEqual([]);
      const byPhone = await t
        .as(rep2)
        .get('/api/v1/customers')
        .query({ q: customer.phones[0].value })
        .expect(200);
      expect(byPhone.body.items).toEqual([]);
      const mine = await t
        .as(rep1)
        .get('/api/v1/customers')
        .query({ q: customer.phones[0].value })
        .expect(200);
      expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([customer.id]);
    });

    it('a customer shared with the team is visible to teammates, not to other teams', async () => {
      const customer = await newCustomer(t, rep1, { sharedWithTeam: true });
      await t.as(rep2).get(`/api/v1/customers/${customer.id}`).expect(200);
      await t.as(rep3).get(`/api/v1/customers/${customer.id}`).expect(404);
    });

    it('every list row is one the caller may read', async () => {
      for (const tokens of [rep1, rep2, rep3, partner]) {
        const list = await t.as(tokens).get('/api/v1/customers').query({ limit: 200 }).expect(200);
        const ids = (list.body.items as Array<{ id: string }>).map((customer) => customer.id);
        for (let start = 0; start < ids.length; start += 20) {
          const reads = await Promise.all(
            ids.slice(start, start + 20).map((id) => t.as(tokens).get(`/api/v1/customers/${id}`)),
          );
          expect(reads.map((read) => read.status)).toEqual(reads.map(() => 200));
        }
      }
    }, 120_000); // up to 800 reads: seconds on an idle machine, more on a busy CI runner

    it('a channel partner sees only its dealer’s customers, without financial fields', async () => {
      const dealers = await newCustomer(t, partner);
      const internal = await newCustomer(t, admin, { creditLimit: '900.00' });
      await t.as(partner).get(`/api/v1/customers/${internal.id}`).expect(404);
      const read = await t.as(partner).get(`/api/v1/customers/${dealers.id}`).expect(200);
      expect(read.body).not.toHaveProperty('creditLimit');
      expect(read.body).not.toHaveProperty('annualRevenue');
      expect(read.body.name).toBe(dealers.name);
      const list = await t.as(partner).get('/api/v1/customers').query({ limit: 200 }).expect(200);
      expect(list.body.items.every((c: Record<string, unknown>) => !('creditLimit' in c))).toBe(
        true,
      );
    });

    it('a service agent reads any customer but no financial fields, and cannot edit', async () => {
      const customer = await newCustomer(t, admin, { creditLimit: '1000.00' });
      const read = await t.as(agent).get(`/api/v1/customers/${customer.id}`).expect(200);
      expect(read.body).not.toHaveProperty('creditLimit');
      await t.as(agent).patch(`/api/v1/customers/${customer.id}`).send({ notes: 'x' }).expect(403);
    });

    it('a sales rep cannot delete (403), a manager of the team can', async () => {
      const customer = await newCustomer(t, rep1);
      await t.as(rep1).delete(`/api/v1/customers/${customer.id}`).expect(403);
      await t.as(rep1).get(`/api/v1/customers/${customer.id}`).expect(200);
      await t.as(manager).delete(`/api/v1/customers/${customer.id}`).expect(204);
      await t.as(rep1).get(`/api/v1/customers/${customer.id}`).expect(404);
    });
  });

  describe('duplicates (查重 / 撞单)', () => {
    it('blocks the same phone written another way, naming the existing customer (409)', async () => {
      const mobile = uniqueMobile();
      const first = await newCustomer(t, rep1, { phones: [{ type: 'mobile', value: mobile }] });
      const formatted = `+86 ${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}`;
      const response = await t
        .as(rep3)
        .post('/api/v1/customers')
        .send({
          kind: 'company',
          name: uniqueCompanyName(),
          phones: [{ type: 'work', value: formatted }],
        })
        .expect(409);
      expect(response.body.duplicates).toEqual([
        {
          id: first.id,
          number: first.number,
          name: first.name,
          owner: { id: rep1.user.id, name: '李明' },
          matchedOn: ['phone'],
          matchedCustomFields: [],
          score: 1,
          blocking: true,
          readable: false,
        },
      ]);
    });

    it('the check finds a customer the caller cannot read, revealing only number, name and owner', async () => {
      const hidden = await newCustomer(t, rep1, {
        emails: [{ type: 'work', value: 'Sales@Hidden-Example.com' }],
      });
      const response = await t
        .as(rep3)
        .post('/api/v1/customers/duplicates/check')
        .send({ kind: 'company', emails: [{ type: 'work', value: ' sales@hidden-example.COM' }] })
        .expect(200);
      expect(response.body.duplicates).toHaveLength(1);
      expect(Object.keys(response.body.duplicates[0]).sort()).toEqual([
        'blocking',
        'id',
        'matchedCustomFields',
        'matchedOn',
        'name',
        'number',
        'owner',
        'readable',
        'score',
      ]);
      expect(response.body.duplicates[0]).toMatchObject({
        id: hidden.id,
        readable: false,
        matchedOn: ['email'],
      });
    });

    it('warns of a similar company name; saving needs acknowledgeDuplicates', async () => {
      const base = uniqueCompanyName().replace(' Trading Co., Ltd.', '');
      await newCustomer(t, admin, { name: `上海${base}科技有限公司` });
      const draft = { kind: 'company', name: `上海${base}科技股份有限公司` };
      const warned = await t.as(admin).post('/api/v1/customers').send(draft).expect(409);
      expect(warned.body.duplicates[0]).toMatchObject({ matchedOn: ['name'], blocking: false });
      await t
        .as(admin)
        .post('/api/v1/customers')
        .query({ acknowledgeDuplicates: true })
        .send(draft)
        .expect(201);
    });

    it('20 concurrent creates with the same phone create exactly one customer', async () => {
      const phone = uniqueMobile();
      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          t
            .as(admin)
            .post('/api/v1/customers')
            .query({ acknowledgeDuplicates: true })
            .send({ kind: 'person', name: '王芳', phones: [{ type: 'mobile', value: phone }] }),
        ),
      );
      expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
      expect(responses.filter((r) => r.status !== 201).every((r) => r.status === 409)).toBe(true);
      const found = await t.as(admin).get('/api/v1/customers').query({ q: phone }).expect(200);
      expect(found.body.items).toHaveLength(1);
    });

    it('deleting frees the phone; restoring while another holds it answers 409', async () => {
      const phone = uniqueMobile();
      const first = await newCustomer(t, admin, { phones: [{ type: 'mobile', value: phone }] });
      await t.as(admin).delete(`/api/v1/customers/${first.id}`).expect(204);
      await newCustomer(t, admin, { phones: [{ type: 'mobile', value: phone }] });
      const restore = await t.as(admin).post(`/api/v1/customers/${first.id}/restore`).expect(409);
      expect(restore.body.duplicates[0].matchedOn).toEqual(['phone']);
    });

    it('rules are admin settings: a phone rule set to warn lets a confirmed duplicate in', async () => {
      const rules = await t.as(admin).get('/api/v1/settings/duplicate-rules').expect(200);
      await t.as(manager).put('/api/v1/settings/duplicate-rules').send(rules.body).expect(403);
      const relaxed = rules.body.rules.map((rule: { field: string }) =>
        rule.field === 'taxId' ? { ...rule, mode: 'warn' } : rule,
      );
      await t
        .as(admin)
        .put('/api/v1/settings/duplicate-rules')
        .send({ rules: relaxed })
        .expect(200);
      const taxId = `91310000${uniqueMobile().slice(1)}X`;
      await newCustomer(t, admin, { taxId });
      await t
        .as(admin)
        .post('/api/v1/customers')
        .send({ kind: 'company', name: uniqueCompanyName(), taxId })
        .expect(409);
      await t
        .as(admin)
        .post('/api/v1/customers')
        .query({ acknowledgeDuplicates: true })
        .send({ kind: 'company', name: uniqueCompanyName(), taxId })
        .expect(201);
      // The twins now stand in the way of the strict rule.
      const strict = await t.as(admin).put('/api/v1/settings/duplicate-rules').send(rules.body);
      expect(strict.status).toBe(409);
    });
  });

  describe('versions, timeline and ownership', () => {
    it('a stale If-Match gets 412 and changes nothing', async () => {
      const customer = await newCustomer(t, admin);
      const { read } = await updateThenStaleUpdate(
        t,
        admin,
        `/api/v1/customers/${customer.id}`,
        { tier: 'intent' },
        { tier: 'deal' },
      );
      expect(read.body).toMatchObject({
        tier: 'intent',
        version: 2,
        name: customer.name,
        phones: customer.phones,
      });
    });

    it('a PATCH with null clears optional fields, and the audit shows the old values', async () => {
      const customer = await newCustomer(t, admin, {
        industry: '制造业',
        region: '华东',
        website: 'https://clear.example.cn',
        creditLimit: '80000.00',
        notes: 'to be cleared',
      });
      const cleared = await t
        .as(admin)
        .patch(`/api/v1/customers/${customer.id}`)
        .send({ industry: null, region: null, website: null, creditLimit: null, notes: null })
        .expect(200);
      expect(cleared.body).toMatchObject({
        industry: null,
        region: null,
        website: null,
        creditLimit: null,
        notes: null,
        name: customer.name,
        version: 2,
      });
      const audit = await t
        .as(admin)
        .get('/api/v1/audit')
        .query({ entity: 'customer', entityId: customer.id })
        .expect(200);
      const update = (
        audit.body.items as Array<{ action: string; changes: Record<string, unknown> }>
      ).find((entry) => entry.action === 'update');
      expect(update?.changes.industry).toEqual({ from: '制造业', to: null });
    });

    it('a person’s birth date and occupation can be cleared too', async () => {
      const person = await newCustomer(t, admin, {
        kind: 'person',
        name: '欧阳清',
        birthDate: '1990-05-01',
        occupation: 'Engineer',
      });
      const cleared = await t
        .as(admin)
        .patch(`/api/v1/customers/${person.id}`)
        .send({ birthDate: null, occupation: null })
        .expect(200);
      expect(cleared.body).toMatchObject({ birthDate: null, occupation: null, kind: 'person' });
    });

    it.each([
      [{ name: null }, 'name'],
      [{ tier: null }, 'tier'],
      [{ roles: null }, 'roles'],
      [{ phones: null }, 'phones'],
      [{ sharedWithTeam: null }, 'sharedWithTeam'],
    ])('a PATCH with %j is refused (400 naming %s) and changes nothing', async (body, field) => {
      const customer = await newCustomer(t, admin, { industry: '制造业' });
      const response = await t
        .as(admin)
        .patch(`/api/v1/customers/${customer.id}`)
        .send({ ...body, industry: null })
        .expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      const read = await t.as(admin).get(`/api/v1/customers/${customer.id}`).expect(200);
      expect(read.body).toMatchObject({ version: 1, industry: '制造业', name: customer.name });
    });

    it('a create without a name, or with a null name, is refused with 400', async () => {
      for (const body of [{ kind: 'company' }, { kind: 'company', name: null }]) {
        const response = await t.as(admin).post('/api/v1/customers').send(body).expect(400);
        expect(response.body.errors[0].field).toBe('name');
      }
    });

    it('the OpenAPI document marks the clearable fields nullable, the others not', async () => {
      const document = await t.http().get('/api/openapi.json').expect(200);
      const schemas = document.body.components.schemas as Record<
        string,
        { properties: Record<string, { nullable?: boolean }> }
      >;
      const update = schemas.UpdateCustomerRequest.properties;
      for (const field of ['industry', 'creditLimit', 'birthDate', 'companySize', 'notes'])
        expect(update[field].nullable).toBe(true);
      for (const field of ['name', 'tier', 'roles', 'phones', 'sharedWithTeam'])
        expect(update[field].nullable).toBeUndefined();
    });

    it('logs interactions on the timeline, newest first, with system events', async () => {
      const customer = await newCustomer(t, rep1);
      await t
        .as(rep1)
        .patch(`/api/v1/customers/${customer.id}`)
        .send({ tier: 'intent' })
        .expect(200);
      const logged = await t
        .as(rep1)
        .post(`/api/v1/customers/${customer.id}/interactions`)
        .send({
          kind: 'call',
          summary: '电话沟通报价',
          participants: ['王总'],
          nextFollowUpOn: '2030-01-15',
        })
        .expect(201);
      expect(logged.body).toMatchObject({
        kind: 'call',
        summary: '电话沟通报价',
        actorId: rep1.user.id,
      });
      const timeline = await t
        .as(rep1)
        .get(`/api/v1/customers/${customer.id}/timeline`)
        .expect(200);
      expect(timeline.body.items.map((event: { kind: string }) => event.kind)).toEqual([
        'call',
        'tier-changed',
        'created',
      ]);
      const read = await t.as(rep1).get(`/api/v1/customers/${customer.id}`).expect(200);
      expect(read.body.nextFollowUpOn).toBe('2030-01-15');
      expect(read.body.lastInteractionAt).not.toBeNull();
    });

    it('a manager hands a leaving rep’s customers to another rep in bulk; history stays', async () => {
      const leaving = await Promise.all([newCustomer(t, rep2), newCustomer(t, rep2)]);
      await t
        .as(rep1)
        .post('/api/v1/customers/transfer')
        .send({ fromOwnerId: rep2.user.id, ownerId: rep1.user.id })
        .expect(403);
      const moved = await t
        .as(manager)
        .post('/api/v1/customers/transfer')
        .send({ fromOwnerId: rep2.user.id, ownerId: rep1.user.id })
        .expect(200);
      expect(moved.body.transferred).toBeGreaterThanOrEqual(2);
      for (const customer of leaving) {
        const read = await t.as(rep1).get(`/api/v1/customers/${customer.id}`).expect(200);
        expect(read.body.owner.id).toBe(rep1.user.id);
        await t.as(rep2).get(`/api/v1/customers/${customer.id}`).expect(404);
        const timeline = await t
          .as(rep1)
          .get(`/api/v1/customers/${customer.id}/timeline`)
          .expect(200);
        expect(timeline.body.items.map((event: { kind: string }) => event.kind)).toEqual([
          'owner-changed',
          'created',
        ]);
      }
      const audit = await t
        .as(admin)
        .get('/api/v1/audit')
        .query({ entity: 'customer', entityId: leaving[0].id })
        .expect(200);
      expect(audit.body.items[0].changes).toEqual({
        ownerId: { from: rep2.user.id, to: rep1.user.id },
      });
    });

    it('a manager cannot transfer customers of another team (404 for one they cannot see)', async () => {
      const west = await newCustomer(t, rep3);
      await t
        .as(manager)
        .post(`/api/v1/customers/${west.id}/transfer`)
        .send({ ownerId: rep1.user.id })
        .expect(404);
    });
  });

  describe('lists', () => {
    it('filters, sorts and pages with keyset cursors', async () => {
      const industry = `industry-${uniqueMobile()}`;
      const created = await Promise.all(
        Array.from({ length: 5 }, () => newCustomer(t, admin, { industry, tier: 'loyal' })),
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: Array<{ number: string }>; nextCursor: string | null } } =
          await t
            .as(admin)
            .get('/api/v1/customers')
            .query({
              industry,
              tier: 'loyal',
              sort: 'number',
              limit: 2,
              ...(cursor ? { cursor } : {}),
            })
            .expect(200);
        seen.push(...page.body.items.map((c: { number: string }) => c.number));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(created.map((c) => c.number).sort());
    });

    it('finds a customer by number, phone and email', async () => {
      const customer = await newCustomer(t, admin, {
        emails: [{ type: 'work', value: `find-${uniqueMobile()}@example.com` }],
      });
      const read = await t.as(admin).get(`/api/v1/customers/${customer.id}`).expect(200);
      for (const q of [customer.number, customer.phones[0].value, read.body.emails[0].value]) {
        const found = await t.as(admin).get('/api/v1/customers').query({ q }).expect(200);
        expect(found.body.items.map((c: { id: string }) => c.id)).toContain(customer.id);
      }
    });

    const searchIds = (as: Tokens, q: string) => customerIdsFound(t, as, q);

    it('finds a phone in any format, an email by its start in any case, a number without its prefix', async () => {
      const mobile = uniqueMobile();
      const mailbox = `Find-${uniqueMobile()}`;
      const customer = await newCustomer(t, rep1, {
        phones: [{ type: 'mobile', value: mobile }],
        emails: [{ type: 'work', value: `${mailbox}@Example.com` }],
      });
      const fullWidth = (text: string) =>
        text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
      const spaced = `${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
      const digits = customer.number.replace(/^C-0*/, '');
      for (const q of [
        spaced,
        `+86 ${spaced.replace(/ /g, '-')}`,
        `(+86) ${mobile}`,
        fullWidth(mobile),
        `${mailbox.toUpperCase()}@EXAMPLE.COM`,
        `${mailbox.toLowerCase()}@exam`,
        fullWidth(`${mailbox}@example.com`),
        digits,
        `c${digits}`,
      ]) {
        expect({ q, found: await searchIds(rep1, q) }).toEqual({ q, found: [customer.id] });
      }
      expect(await searchIds(rep2, spaced)).toEqual([]);
      expect(await searchIds(rep2, `${mailbox}@example.com`)).toEqual([]);
    });

    it('pages the matches of a search in list order with keyset cursors', async () => {
      const token = uniqueCompanyName().slice(0, 10);
      const created: string[] = [];
      for (const name of [`${token} Alpha`, `Beta ${token}`, `Gamma ${token} Ltd.`]) {
        created.push((await newCustomer(t, admin, { name })).id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await t
          .as(admin)
          .get('/api/v1/customers')
          .query({ q: token, limit: 1, ...(cursor ? { cursor } : {}) })
          .expect(200);
        seen.push(...page.body.items.map((c) => c.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(created.reverse());
    });

    it('the first page counts the matches the caller may read; later pages do not count', async () => {
      const industry = `count-${uniqueMobile()}`;
      await Promise.all([
        ...Array.from({ length: 3 }, () => newCustomer(t, rep1, { industry })),
        ...Array.from({ length: 2 }, () => newCustomer(t, rep3, { industry })),
      ]);
      const totals = [];
      for (const tokens of [admin, rep1, rep2, rep3]) {
        const page = await t
          .as(tokens)
          .get('/api/v1/customers')
          .query({ industry, limit: 2 })
          .expect(200);
        totals.push([page.body.total, page.body.totalIsEstimate, page.body.items.length]);
        if (page.body.nextCursor) {
          const next = await t
            .as(tokens)
            .get('/api/v1/customers')
            .query({ industry, limit: 2, cursor: page.body.nextCursor })
            .expect(200);
          expect(next.body.total).toBeUndefined();
        }
      }
      expect(totals).toEqual([
        [5, false, 2],
        [3, false, 2],
        [0, false, 0],
        [2, false, 2],
      ]);
    });

    it('beyond 10,000 matches the total is the planner’s estimate, flagged as such', async () => {
      const industry = `many-${uniqueMobile()}`;
      const db = t.app.get(DataSource);
      await db.query(
        `INSERT INTO customers (kind, name, name_key, industry, owner_id, created_at)
         SELECT 'company', 'Bulk ' || n, 'bulk ' || n, $1, $2, now() - interval '10 years'
         FROM generate_series(1, 10050) AS n`,
        [industry, admin.user.id],
      );
      try {
        await db.query('ANALYZE customers');
        const many = await t
          .as(admin)
          .get('/api/v1/customers')
          .query({ industry, limit: 1 })
          .expect(200);
        expect(many.body.totalIsEstimate).toBe(true);
        expect(many.body.total).toBeGreaterThan(10_000);
        // The same filter for a rep who may read none of them: an exact zero.
        const none = await t
          .as(rep2)
          .get('/api/v1/customers')
          .query({ industry, limit: 1 })
          .expect(200);
        expect([none.body.total, none.body.totalIsEstimate]).toEqual([0, false]);
      } finally {
        await db.query('DELETE FROM customers WHERE industry = $1', [industry]);
      }
    });

    it('a filter that matches few of many customers is counted exactly', async () => {
      const industry = `few-${uniqueMobile()}`;
      const db = t.app.get(DataSource);
      await db.query(
        `INSERT INTO customers (kind, name, name_key, industry, owner_id, created_at)
         SELECT 'company', 'Bulk ' || n, 'bulk ' || n, $1, CASE WHEN n <= 3 THEN $3 ELSE $2 END::uuid,
                now() - interval '10 years'
         FROM generate_series(1, 10050) AS n`,
        [industry, admin.user.id, rep1.user.id],
      );
      try {
        await db.query('ANALYZE customers');
        const totals = [];
        for (const [tokens, query] of [
          [admin, { industry, ownerId: rep1.user.id }],
          [rep1, { industry }],
        ] as const) {
          const page = await t
            .as(tokens)
            .get('/api/v1/customers')
            .query({ ...query, limit: 1 })
            .expect(200);
          totals.push([page.body.total, page.body.totalIsEstimate]);
        }
        expect(totals).toEqual([
          [3, false],
          [3, false],
        ]);
      } finally {
        await db.query('DELETE FROM customers WHERE industry = $1', [industry]);
      }
    });
  });
});
