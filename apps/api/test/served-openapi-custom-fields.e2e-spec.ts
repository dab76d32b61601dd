import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signInAll, type Tokens } from './factories/auth.factory';
import { createTestApp, type TestApp } from './support/test-app';

type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  additionalProperties?: unknown;
};

const customFieldsOf = (document: { components: { schemas: Record<string, Schema> } }) => {
  return (schema: string) => document.components.schemas[schema].properties?.customFields as Schema;
};

describe('the served OpenAPI document describes the current custom fields', () => {
  let t: TestApp;
  let admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin] = await signInAll(t, 'admin');
  });
  afterAll(() => t.app.close());

  const served = async () => {
    const response = await t.http().get('/api/openapi.json').expect(200);
    return customFieldsOf(response.body);
  };

  it('gives each record type its live fields as properties, with types, options and labels', async () => {
    const schema = await served();
    const customer = schema('CustomerResponse');
    expect(customer.properties?.store_count).toEqual({
      type: 'number',
      minimum: 0,
      description: '门店数量 / Store count (companies only). 含加盟店 / Franchised stores included',
    });
    expect(customer.properties?.preferred_channel).toMatchObject({
      type: 'string',
      enum: ['wechat', 'phone', 'email', 'visit'],
    });
    // a field hidden from some roles stays out of this public document, which stays open
    expect(customer.properties).not.toHaveProperty('annual_purchase_budget');
    expect(customer.additionalProperties).not.toBe(false);
    // requests may clear a value with null; responses never carry one
    expect(schema('CreateCustomerRequest').properties?.store_count).toMatchObject({
      type: 'number',
      nullable: true,
    });
    expect(customer.properties?.store_count).not.toHaveProperty('nullable');
    // contacts and leads have only fields every role sees: nothing else is allowed
    const contact = schema('ContactResponse');
    expect(contact.properties?.interests).toMatchObject({
      type: 'array',
      items: { type: 'string', enum: ['tea', 'golf', 'hiking'] },
    });
    expect(contact.properties?.birthday_greeting).toMatchObject({ type: 'boolean' });
    expect(contact.additionalProperties).toBe(false);
    expect(schema('LeadResponse').properties?.expected_purchase_on).toMatchObject({
      type: 'string',
      format: 'date',
    });
  });

  it('changes when a field is added or deleted', async () => {
    const key = `tier_${randomBytes(4).toString('hex')}`;
    expect((await served())('LeadResponse').properties).not.toHaveProperty(key);
    const created = await t
      .as(admin)
      .post('/api/v1/custom-fields')
      .send({
        recordType: 'lead',
        key,
        type: 'single_select',
        label: { zh: '意向等级', en: 'Intent tier' },
        options: [
          { key: 'hot', label: { zh: '热', en: 'Hot' } },
          { key: 'cold', label: { zh: '冷', en: 'Cold' } },
        ],
      })
      .expect(201);
    const withField = await served();
    expect(withField('LeadResponse').properties?.[key]).toEqual({
      type: 'string',
      enum: ['hot', 'cold'],
      description: '意向等级 / Intent tier',
    });
    expect(withField('UpdateLeadRequest').properties?.[key]).toMatchObject({ nullable: true });

    await t.as(admin).delete(`/api/v1/custom-fields/${created.body.id}`).expect(204);
    expect((await served())('LeadResponse').properties).not.toHaveProperty(key);
  });

  it('the committed static document keeps the generic schema', () => {
    const committed = JSON.parse(
      readFileSync(join(__dirname, '../../../libs/contracts/openapi.json'), 'utf8'),
    );
    const customer = customFieldsOf(committed)('CustomerResponse');
    expect(customer.properties).toBeUndefined();
    expect(customer.additionalProperties).toEqual(
      expect.objectContaining({ anyOf: expect.any(Array) }),
    );
  });
});
