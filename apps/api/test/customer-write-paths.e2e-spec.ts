import { randomBytes } from 'node:crypto';
import { bearer, DEMO_EMAILS, type DemoRole, signIn, type Tokens } from './factories/auth.factory';
import { newLead } from './factories/lead.factory';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The API and lead conversion create customers through the one customer writer, so the
 * same record-level check decides both: a caller who may not create a customer owned by
 * a teammate may not get one by converting that teammate's team-shared lead either.
 */
describe('every path that writes a customer runs the same record check', () => {
  let t: TestApp;
  const tokens = {} as Record<DemoRole, Tokens>;
  let rep2: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    for (const role of Object.keys(DEMO_EMAILS) as DemoRole[])
      tokens[role] = await signIn(t, DEMO_EMAILS[role]);
    rep2 = await signIn(t, 'rep2@kehu.local');
  });
  afterAll(() => t.app.close());

  const unique = (prefix: string) => `${prefix} ${randomBytes(4).toString('hex')}`;

  async function customersNamed(name: string): Promise<unknown[]> {
    const response = await t
      .as(tokens.admin)
      .get(`/api/v1/customers?q=${encodeURIComponent(name)}`)
      .expect(200);
    return response.body.items;
  }

  // A team-shared lead of rep2 (team East) converted by each role: 404 where the lead is
  // unreadable, 403 where the role may not update leads at all (before any record is read).
  const conversion: Record<DemoRole, number> = {
    admin: 200,
    sales_manager: 200,
    sales_rep: 403,
    channel_partner: 404,
    service_agent: 403,
    marketer: 403,
    viewer: 403,
  };

  it.each(Object.keys(conversion) as DemoRole[])(
    'a %s converting a teammate’s shared lead gets what the conversion rule says',
    async (role) => {
      const name = unique('转化 Person');
      const lead = await newLead(t, rep2, { name, sharedWithTeam: true });
      expect(lead.owner?.id).toBe(rep2.user.id);
      const response = await t
        .http()
        .post(`/api/v1/leads/${lead.id}/convert`)
        .set(bearer(tokens[role]))
        .send({ acknowledgeDuplicates: true });
      expect(response.status).toBe(conversion[role]);
      if (response.status === 200) {
        const customer = await t
          .as(tokens.admin)
          .get(`/api/v1/customers/${response.body.customerId}`)
          .expect(200);
        // The customer stays with the lead's owner, whoever converted it.
        expect(customer.body.owner?.id).toBe(rep2.user.id);
      } else {
        expect(await customersNamed(name)).toHaveLength(0);
        const after = await t.as(rep2).get(`/api/v1/leads/${lead.id}`).expect(200);
        expect(after.body.status).not.toBe('converted');
      }
    },
  );

  it('refuses a rep the same customer on the API as on conversion (owned by a teammate)', async () => {
    await t
      .as(tokens.sales_rep)
      .post('/api/v1/customers')
      .send({ kind: 'person', name: unique('Direct'), ownerId: rep2.user.id })
      .expect(403);
  });

  it('lets a rep convert their own lead, the customer theirs', async () => {
    const lead = await newLead(t, tokens.sales_rep, { name: unique('Own') });
    const response = await t
      .as(tokens.sales_rep)
      .post(`/api/v1/leads/${lead.id}/convert`)
      .send({ acknowledgeDuplicates: true })
      .expect(200);
    const customer = await t
      .as(tokens.sales_rep)
      .get(`/api/v1/customers/${response.body.customerId}`)
      .expect(200);
    expect(customer.body.owner?.id).toBe(tokens.sales_rep.user.id);
  });
});
