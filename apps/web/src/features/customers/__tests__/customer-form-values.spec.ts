import { customFieldDefinition } from '../../../shared/custom-fields/__tests__/custom-field-fixtures';
import type { CustomerResponse } from '../customer-types';
import {
  customFieldsForDuplicateCheck,
  emptyCustomerFormValues,
  toCreateCustomerRequest,
  toCustomerChanges,
  toCustomerFormValues,
  toDuplicateCheckRequest,
  type CustomerFormValues,
} from '../customer-form-values';

const company: CustomerResponse = {
  id: '7d5e0b9a-1111-4c1e-9a55-000000000001',
  number: 'C-000123',
  kind: 'company',
  name: '上海华腾科技有限公司',
  tier: 'intent',
  roles: ['customer'],
  tags: [],
  source: 'trade-show',
  industry: '制造业',
  region: '华东',
  phones: [{ type: 'work', value: '021-60000001', primary: true }],
  emails: [{ type: 'work', value: 'contact@huateng.example.cn', primary: true }],
  // Stored as JSON, so its keys come back in any order.
  addresses: [
    {
      street: '张江路 88 号',
      primary: true,
      type: 'office',
      city: '上海市',
      province: '上海市',
      country: '中国',
    },
  ],
  imHandles: [],
  website: 'https://huateng.example.cn',
  taxId: '91310000MA1FL0000X',
  foundedOn: '2012-05-01',
  companySize: '50-199',
  annualRevenue: '12000000.00',
  gender: null,
  birthDate: null,
  age: null,
  maritalStatus: null,
  occupation: null,
  creditLimit: '500000.00',
  paymentTerms: 'NET30',
  bankAccount: null,
  receivableBalance: '0.00',
  notes: null,
  owner: { id: 'u1', name: '李明' },
  team: { id: 't1', name: 'East' },
  dealerOrgId: null,
  sharedWithTeam: false,
  lastInteractionAt: null,
  nextFollowUpOn: null,
  version: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('creating a customer', () => {
  it('sends filled contact rows only, trimmed, with one primary each', () => {
    const values: CustomerFormValues = {
      ...emptyCustomerFormValues('company'),
      name: '  杭州瑞丰贸易有限公司 ',
      phones: [
        { type: 'work', value: ' 0571-60000001 ', primary: false },
        { type: 'mobile', value: '', primary: true },
        { type: 'mobile', value: '13800138000', primary: false },
      ],
      emails: [{ type: 'work', value: '' }],
      addresses: [{ type: 'office', city: ' 杭州市 ', street: '' }],
    };
    const request = toCreateCustomerRequest(values);
    expect(request.name).toBe('杭州瑞丰贸易有限公司');
    expect(request.phones).toEqual([
      { type: 'work', value: '0571-60000001', primary: true },
      { type: 'mobile', value: '13800138000', primary: false },
    ]);
    expect(request.emails).toEqual([]);
    expect(request.addresses).toEqual([{ type: 'office', city: '杭州市', primary: true }]);
  });

  it('leaves out the fields of the other kind and the empty ones', () => {
    const request = toCreateCustomerRequest({
      ...emptyCustomerFormValues('person'),
      kind: 'person',
      name: '王芳',
      taxId: '91310000MA1FL0000X',
      gender: 'female',
      occupation: '  ',
    });
    expect(request).not.toHaveProperty('taxId');
    expect(request).not.toHaveProperty('occupation');
    expect(request.gender).toBe('female');
  });

  it('names an owner only when one was chosen', () => {
    const values = { ...emptyCustomerFormValues(), name: 'Acme' };
    expect(toCreateCustomerRequest(values)).not.toHaveProperty('ownerId');
    expect(toCreateCustomerRequest({ ...values, ownerId: 'u2' }).ownerId).toBe('u2');
  });
});

describe('editing a customer', () => {
  const unchanged = toCustomerFormValues(company);

  it('sends nothing when nothing changed, whatever order the stored keys have', () => {
    expect(toCustomerChanges(company, unchanged)).toEqual({});
  });

  it('treats amounts by value', () => {
    expect(toCustomerChanges(company, { ...unchanged, creditLimit: '500000' })).toEqual({});
    expect(toCustomerChanges(company, { ...unchanged, creditLimit: '600000' })).toEqual({
      creditLimit: '600000',
    });
  });

  it('sends a whole list when one entry changed, and a new primary', () => {
    const changes = toCustomerChanges(company, {
      ...unchanged,
      phones: [
        { type: 'work', value: '021-60000001', primary: false },
        { type: 'mobile', value: '13800138000', primary: true },
      ],
    });
    expect(changes).toEqual({
      phones: [
        { type: 'work', value: '021-60000001', primary: false },
        { type: 'mobile', value: '13800138000', primary: true },
      ],
    });
  });

  it('empties plain text, but never sends an empty date, choice or amount', () => {
    const changes = toCustomerChanges(company, {
      ...unchanged,
      industry: '',
      website: '',
      companySize: undefined,
      creditLimit: undefined,
    });
    expect(changes).toEqual({ industry: '' });
  });

  it('does not send fields the user may not read', () => {
    const withoutFinance: CustomerResponse = { ...company };
    delete withoutFinance.creditLimit;
    delete withoutFinance.paymentTerms;
    const values = { ...toCustomerFormValues(withoutFinance), paymentTerms: 'NET60' };
    expect(toCustomerChanges(withoutFinance, values)).toEqual({});
  });
});

describe('the duplicate check of a draft', () => {
  it('asks nothing while there is nothing worth comparing', () => {
    expect(toDuplicateCheckRequest(emptyCustomerFormValues())).toBeNull();
    expect(toDuplicateCheckRequest({ kind: 'company', name: 'A', phones: [] })).toBeNull();
  });

  it('compares complete contacts only and excludes the customer being edited', () => {
    expect(
      toDuplicateCheckRequest(
        {
          kind: 'company',
          name: '华腾',
          phones: [
            { type: 'work', value: '02' },
            { type: 'mobile', value: '138 0013 8000' },
          ],
          emails: [{ type: 'work', value: 'li@' }],
          taxId: '91310000MA1FL0000X',
        },
        company.id,
      ),
    ).toEqual({
      kind: 'company',
      name: '华腾',
      taxId: '91310000MA1FL0000X',
      phones: [{ type: 'mobile', value: '138 0013 8000' }],
      emails: [{ type: 'work', value: 'li@' }],
      excludeId: company.id,
    });
  });

  it('ignores a tax id typed before the kind was switched to person', () => {
    expect(
      toDuplicateCheckRequest({ kind: 'person', name: '王芳', taxId: '91310000MA1FL0000X' }),
    ).toEqual({ kind: 'person', name: '王芳' });
  });
});

describe('the custom fields of a duplicate check', () => {
  const storeCode = customFieldDefinition('text', { key: 'store_code' });
  const channel = customFieldDefinition('single_select', { key: 'channel' });
  const email = customFieldDefinition('email', { key: 'billing_email' });
  const notes = customFieldDefinition('long_text', { key: 'notes' });
  const audit = customFieldDefinition('text', {
    key: 'audit_code',
    readOnlyForRoles: ['sales_rep'],
  });
  const definitions = [storeCode, channel, email, notes, audit];
  const editable = (definition: { key: string }) => definition.key !== 'audit_code';

  it('sends the filled values a rule can compare and the user may write', () => {
    expect(
      customFieldsForDuplicateCheck(definitions, editable, {
        store_code: '  SH-001 ',
        channel: 'fair',
        billing_email: 'Ap@Huateng.example.cn',
        notes: 'long text is never compared',
        audit_code: 'read only for the rep',
      }),
    ).toEqual({
      store_code: 'SH-001',
      channel: 'fair',
      billing_email: 'Ap@Huateng.example.cn',
    });
  });

  it('leaves out a value still being typed, which a save would refuse', () => {
    expect(
      customFieldsForDuplicateCheck(definitions, editable, {
        store_code: 'SH-001',
        billing_email: 'ap@',
        channel: 'referral',
      }),
    ).toEqual({ store_code: 'SH-001' });
  });

  it('keeps a deactivated option the customer already has', () => {
    expect(
      customFieldsForDuplicateCheck(
        definitions,
        editable,
        { channel: 'referral' },
        {
          channel: 'referral',
        },
      ),
    ).toEqual({ channel: 'referral' });
  });

  it('is nothing when no compared field is filled', () => {
    expect(customFieldsForDuplicateCheck(definitions, editable, { notes: 'x' })).toBeUndefined();
    expect(customFieldsForDuplicateCheck(definitions, editable, undefined)).toBeUndefined();
  });

  it('is worth a check on its own', () => {
    expect(
      toDuplicateCheckRequest({ kind: 'company' }, company.id, { store_code: 'SH-001' }),
    ).toEqual({ kind: 'company', customFields: { store_code: 'SH-001' }, excludeId: company.id });
    expect(toDuplicateCheckRequest({ kind: 'company' }, undefined, {})).toBeNull();
  });
});
