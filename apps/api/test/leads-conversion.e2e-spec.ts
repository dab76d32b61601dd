import { randomBytes } from 'node:crypto';
import { signIn, signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueCompanyName, uniqueMobile } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('lead conversion', () => {
  let t: TestApp;
  let rep1: Tokens, admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [rep1, admin] = await signInAll(t, 'rep1 admin');
  });
  afterAll(() => t.app.close());

  const convert = (id: string, body: object = {}) =>
    t.as(rep1).post(`/api/v1/leads/${id}/convert`).send(body);

  async function customersNamed(name: string): Promise<Array<{ id: string; kind: string }>> {
    const response = await t
      .as(admin)
      .get(`/api/v1/customers?q=${encodeURIComponent(name)}`)
      .expect(200);
    return response.body.items;
  }

  it('creates the company and the person as its contact, and moves the history over', async () => {
    const company = uniqueCompanyName();
    const lead = await newLead(t, rep1, {
      name: `联系人 ${randomBytes(3).toString('hex')}`,
      company,
      title: '采购经理',
    });
    await t
      .as(rep1)
      .post(`/api/v1/leads/${lead.id}/interactions`)
      .send({ kind: 'call', summary: '介绍产品方案' })
      .expect(201);

    const response = await convert(lead.id).expect(200);
    expect(response.body.created).toBe(true);
    expect(response.body.lead).toMatchObject({
      status: 'converted',
      convertedCustomerId: response.body.customerId,
    });
    const customer = await t
      .as(rep1)
      .get(`/api/v1/customers/${response.body.customerId}`)
      .expect(200);
    expect(customer.body).toMatchObject({
      kind: 'company',
      name: company,
      owner: { id: rep1.user.id },
    });
    const contacts = await t
      .as(rep1)
      .get(`/api/v1/customers/${response.body.customerId}/contacts`)
      .expect(200);
    expect(JSON.stringify(contacts.body)).toContain(response.body.contactPersonId);

    const timeline = await t
      .as(rep1)
      .get(`/api/v1/customers/${response.body.customerId}/timeline`)
      .expect(200);
    const copied = timeline.body.items.filter(
      (event: { details: { fromLeadId?: string } }) => event.details.fromLeadId === lead.id,
    );
    expect(copied.map((event: { summary: string }) => event.summary)).toContain('介绍产品方案');
    expect(timeline.body.items.map((event: { kind: string }) => event.kind)).toContain('converted');

    await convert(lead.id).expect(409);
    await t.as(rep1).patch(`/api/v1/leads/${lead.id}`).send({ notes: 'x' }).expect(409);
  });

  it('answers 409 with the duplicate, then links to the existing customer', async () => {
    const phone = uniqueMobile();
    const existing = await newCustomer(t, rep1, {
      kind: 'person',
      name: `王 ${randomBytes(3).toString('hex')}`,
      phones: [{ type: 'mobile', value: phone }],
    });
    const lead = await newLead(t, rep1, { phones: [{ type: 'mobile', value: phone }] });
    const conflict = await convert(lead.id).expect(409);
    expect(conflict.body.duplicates.map((duplicate: { id: string }) => duplicate.id)).toContain(
      existing.id,
    );
    const after409 = await t.as(rep1).get(`/api/v1/leads/${lead.id}`).expect(200);
    expect(after409.body.status).toBe('new');

    const linked = await convert(lead.id, { customerId: existing.id }).expect(200);
    expect(linked.body).toMatchObject({ customerId: existing.id, created: false });
    const timeline = await t.as(rep1).get(`/api/v1/customers/${existing.id}/timeline`).expect(200);
    expect(
      timeline.body.items.some(
        (event: { details: { fromLeadId?: string } }) => event.details.fromLeadId === lead.id,
      ),
    ).toBe(true);
  });

  it('is all or nothing: of two simultaneous conversions one fails and leaves no customer behind', async () => {
    const name = `并发 ${randomBytes(4).toString('hex')}`;
    const lead = await newLead(t, rep1, {
      name,
      emails: [{ type: 'work', value: `${randomBytes(4).toString('hex')}@race.example` }],
    });
    const results = await Promise.all([convert(lead.id), convert(lead.id)]);
    const statuses = results.map((result) => result.status).sort();
    expect(statuses[0]).toBe(200);
    expect([409, 412]).toContain(statuses[1]);
    expect(await customersNamed(name)).toHaveLength(1);
  });

  it('refuses unknown fields and an unreadable customer to link to', async () => {
    const lead = await newLead(t, rep1);
    await convert(lead.id, { opportunity: true }).expect(400);
    const rep3 = await signIn(t, 'rep3@kehu.local');
    const theirs = await newCustomer(t, rep3);
    await convert(lead.id, { customerId: theirs.id }).expect(400);
    const rep2 = await signIn(t, 'rep2@kehu.local');
    await t.as(rep2).post(`/api/v1/leads/${lead.id}/convert`).send({}).expect(404);
  });
});
