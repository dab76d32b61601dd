import { randomBytes } from 'node:crypto';
import { signIn, signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueCompanyName, uniqueMobile } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { createTestApp, type TestApp } from './support/test-app';

interface Candidate {
  id: string;
  number: string;
  kind: string | null;
  name: string;
  company: string | null;
  phone: string | null;
  city: string | null;
  owner: { id: string; name: string } | null;
  matchedOn: string[];
  readable: boolean;
}

describe('lead conversion candidates', () => {
  let t: TestApp;
  let rep1: Tokens, rep3: Tokens, admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [rep1, rep3, admin] = await signInAll(t, 'rep1 rep3 admin');
  });
  afterAll(() => t.app.close());

  const candidatesOf = async (as: Tokens, leadId: string) =>
    (await t.as(as).get(`/api/v1/leads/${leadId}/conversion-candidates`).expect(200)).body as {
      candidates: Candidate[];
      creates: { company: string | null; person: string };
    };

  it('tells namesakes apart: company, city, owner, phone masked unless readable, what matched', async () => {
    const name = `王芳${randomBytes(3).toString('hex')}`;
    const phone = uniqueMobile();
    const company = uniqueCompanyName();
    // rep1's namesake, a contact of a company, in 杭州.
    const own = await newCustomer(t, rep1, {
      kind: 'person',
      name,
      phones: [{ type: 'mobile', value: phone }],
      addresses: [{ type: 'home', province: '浙江省', city: '杭州市', street: '文一路 1 号' }],
    });
    const employer = await newCustomer(t, rep1, { name: company });
    await t
      .as(rep1)
      .post(`/api/v1/customers/${employer.id}/contacts`)
      .send({ personId: own.id })
      .expect(201);
    // rep3's (another team) namesake in 成都: rep1 may not read it.
    const otherPhone = uniqueMobile();
    const other = await newCustomer(t, rep3, {
      kind: 'person',
      name,
      phones: [{ type: 'mobile', value: otherPhone }],
      addresses: [{ type: 'home', province: '四川省', city: '成都市', street: '春熙路 2 号' }],
    });

    const lead = await newLead(t, rep1, {
      name,
      company,
      phones: [{ type: 'mobile', value: phone }],
    });
    const { candidates, creates } = await candidatesOf(rep1, lead.id);
    expect(creates).toEqual({ company, person: name });

    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    expect(byId.get(own.id)).toMatchObject({
      kind: 'person',
      name,
      company,
      phone,
      city: '杭州市',
      owner: { id: rep1.user.id },
      matchedOn: ['phone', 'name'],
      readable: true,
    });
    // Of a customer rep1 may not read: only what the duplicate check tells.
    expect(byId.get(other.id)).toEqual({
      id: other.id,
      number: other.number,
      kind: null,
      name,
      company: null,
      phone: null,
      city: null,
      owner: { id: rep3.user.id, name: expect.any(String) },
      matchedOn: ['name'],
      readable: false,
    });
    // The lead's company name finds the company too.
    expect(byId.get(employer.id)).toMatchObject({
      kind: 'company',
      name: company,
      matchedOn: ['companyName'],
      readable: true,
    });
    // The phone match ranks first.
    expect(candidates[0].id).toBe(own.id);

    // The same customer read by its owner shows the phone in full.
    const asOwner = await candidatesOf(rep3, (await newLead(t, rep3, { name })).id);
    expect(asOwner.candidates.find((candidate) => candidate.id === other.id)?.phone).toBe(
      otherPhone,
    );
  });

  it('a teammate’s customer not shared with the team shows only number, name, owner and what matched', async () => {
    const rep2 = await signIn(t, 'rep2@kehu.local');
    const name = `李强${randomBytes(3).toString('hex')}`;
    const phone = uniqueMobile();
    const company = uniqueCompanyName();
    const employer = await newCustomer(t, rep2, { name: company, sharedWithTeam: false });
    const theirs = await newCustomer(t, rep2, {
      kind: 'person',
      name,
      sharedWithTeam: false,
      phones: [{ type: 'mobile', value: phone }],
      addresses: [{ type: 'home', province: '江苏省', city: '南京市', street: '中山路 3 号' }],
    });
    await t
      .as(rep2)
      .post(`/api/v1/customers/${employer.id}/contacts`)
      .send({ personId: theirs.id })
      .expect(201);
    await t.as(rep1).get(`/api/v1/customers/${theirs.id}`).expect(404);

    const lead = await newLead(t, rep1, {
      name,
      company,
      phones: [{ type: 'mobile', value: phone }],
    });
    const response = await t
      .as(rep1)
      .get(`/api/v1/leads/${lead.id}/conversion-candidates`)
      .expect(200);
    const { candidates } = response.body as { candidates: Candidate[] };
    expect(candidates.find((candidate) => candidate.id === theirs.id)).toEqual({
      id: theirs.id,
      number: theirs.number,
      kind: null,
      name,
      company: null,
      phone: null,
      city: null,
      owner: { id: rep2.user.id, name: expect.any(String) },
      matchedOn: ['phone', 'name'],
      readable: false,
    });
    expect(candidates.find((candidate) => candidate.id === employer.id)).toMatchObject({
      kind: null,
      company: null,
      matchedOn: ['companyName'],
      readable: false,
    });
    // Nothing of the hidden details anywhere in the answer.
    for (const hidden of [phone.slice(-4), '南京市']) expect(response.text).not.toContain(hidden);

    // Its owner sees it whole; linking to it stays refused for rep1.
    const asOwner = await candidatesOf(rep2, (await newLead(t, rep2, { name })).id);
    expect(asOwner.candidates.find((candidate) => candidate.id === theirs.id)).toMatchObject({
      kind: 'person',
      company,
      phone,
      city: '南京市',
      readable: true,
    });
    await t
      .as(rep1)
      .post(`/api/v1/leads/${lead.id}/convert`)
      .send({ customerId: theirs.id })
      .expect(400);
  });

  it('a lead without a company creates only the person; a stranger’s lead is 404', async () => {
    const lead = await newLead(t, rep1, { name: `独立 ${randomBytes(3).toString('hex')}` });
    const { creates } = await candidatesOf(rep1, lead.id);
    expect(creates.company).toBeNull();
    await t.as(rep3).get(`/api/v1/leads/${lead.id}/conversion-candidates`).expect(404);
  });

  it('the created customers carry the lead’s phone, email and company', async () => {
    const company = uniqueCompanyName();
    const phone = uniqueMobile();
    const email = `lead-${randomBytes(4).toString('hex')}@example.com`;
    const lead = await newLead(t, rep1, {
      name: `新客 ${randomBytes(3).toString('hex')}`,
      company,
      phones: [{ type: 'mobile', value: phone }],
      emails: [{ type: 'work', value: email }],
    });
    const converted = await t
      .as(rep1)
      .post(`/api/v1/leads/${lead.id}/convert`)
      .send({ acknowledgeDuplicates: true })
      .expect(200);
    const companyRecord = await t
      .as(admin)
      .get(`/api/v1/customers/${converted.body.customerId}`)
      .expect(200);
    expect(companyRecord.body).toMatchObject({ kind: 'company', name: company });
    const person = await t
      .as(admin)
      .get(`/api/v1/customers/${converted.body.contactPersonId}`)
      .expect(200);
    expect(person.body.phones.map((item: { value: string }) => item.value)).toEqual([phone]);
    expect(person.body.emails.map((item: { value: string }) => item.value)).toEqual([email]);
    // The person is the company's contact, so the company shows on their candidate card.
    const again = await newLead(t, rep1, {
      name: lead.name,
      phones: [{ type: 'mobile', value: phone }],
    });
    const { candidates } = await candidatesOf(rep1, again.id);
    expect(
      candidates.find((candidate) => candidate.id === converted.body.contactPersonId),
    ).toMatchObject({
      company,
      matchedOn: ['phone', 'name'],
    });
  });
});
