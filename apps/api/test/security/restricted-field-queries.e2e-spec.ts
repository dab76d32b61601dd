import { CUSTOMER_FINANCIAL_FIELDS } from '@kehu/domain';
import { signInAll, type Tokens } from '../factories/auth.factory';
import { newCustomer } from '../factories/customer.factory';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * A field a role may not read must not leak through what the list does with it: sorting
 * by it would order the rows by the hidden value, filtering by it would let counts and
 * pages reveal it, a search would match on it. Kehu refuses all three (400) for every
 * caller, whatever the role, and a saved dynamic segment cannot hold such a filter.
 */
describe('queries cannot sort, filter or search by a restricted field', () => {
  let t: TestApp;
  let admin: Tokens, partner: Tokens, agent: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, partner, agent] = await signInAll(t, 'admin partner agent');
  });
  afterAll(() => t.app.close());

  /** The customer list for everyone, and the export for those who may export. */
  const listsOf = (caller: Tokens) =>
    caller === admin ? ['/api/v1/customers', '/api/v1/customers/export'] : ['/api/v1/customers'];

  it.each(CUSTOMER_FINANCIAL_FIELDS.map((field) => [field]))(
    'sorting or filtering customers by %s answers 400 for every role',
    async (field) => {
      for (const caller of [admin, partner, agent]) {
        for (const list of listsOf(caller)) {
          for (const query of [
            { sort: field },
            { sort: `-${field}` },
            { [field]: '1000000' },
            { [`${field}[gte]`]: '1000000' },
            { [`${field}Min`]: '1000000' },
          ]) {
            const response = await t.as(caller).get(list).query(query);
            expect({ list, query, status: response.status }).toEqual({ list, query, status: 400 });
            expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          }
        }
      }
    },
  );

  it('a search does not match a value held only in a financial field', async () => {
    const bankAccount = `6222${Date.now()}`.slice(0, 16);
    const customer = await newCustomer(t, admin, { bankAccount, creditLimit: '987654' });
    const read = await t.as(admin).get(`/api/v1/customers/${customer.id}`);
    expect(read.body.bankAccount).toBe(bankAccount);
    for (const caller of [admin, agent]) {
      for (const q of [bankAccount, '987654']) {
        const found = await t.as(caller).get('/api/v1/customers').query({ q });
        expect(found.status).toBe(200);
        expect((found.body.items as Array<{ id: string }>).map((item) => item.id)).not.toContain(
          customer.id,
        );
      }
    }
  });

  it('a dynamic segment cannot filter by a financial field', async () => {
    for (const field of CUSTOMER_FINANCIAL_FIELDS) {
      const response = await t
        .as(admin)
        .post('/api/v1/segments')
        .send({ name: `Rich by ${field}`, kind: 'dynamic', filter: { [field]: '1000000' } });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
    }
  });
});
