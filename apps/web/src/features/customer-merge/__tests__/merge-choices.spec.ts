import type { CustomerResponse } from '../../customers/customer-types';
import {
  defaultChoices,
  differingFields,
  mergedValues,
  mergeFieldsOf,
  toMergeRequest,
  type MergePair,
} from '../merge-choices';

function company(overrides: Partial<CustomerResponse>): CustomerResponse {
  return {
    id: '5a1d0c3e-3333-4c1e-9a55-000000000001',
    number: 'C-000101',
    kind: 'company',
    name: '青禾园林工程有限公司',
    tier: 'intent',
    roles: ['customer'],
    tags: [],
    source: null,
    industry: '园林',
    region: '华东',
    phones: [{ type: 'work', value: '021-60000001', primary: true }],
    emails: [],
    addresses: [{ type: 'office', city: '上海市', street: '张江路 88 号', primary: true }],
    imHandles: [],
    website: null,
    taxId: null,
    foundedOn: null,
    companySize: null,
    annualRevenue: '1200000.00',
    gender: null,
    birthDate: null,
    age: null,
    maritalStatus: null,
    occupation: null,
    creditLimit: null,
    paymentTerms: null,
    bankAccount: null,
    receivableBalance: '0.00',
    notes: null,
    owner: null,
    team: null,
    dealerOrgId: null,
    sharedWithTeam: false,
    lastInteractionAt: null,
    nextFollowUpOn: null,
    version: 4,
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-06T08:00:00.000Z',
    ...overrides,
  };
}

const original = company({});
const duplicate = company({
  id: '5a1d0c3e-3333-4c1e-9a55-000000000002',
  number: 'C-000102',
  name: '青禾园林工程',
  industry: null,
  // The same number written another way, and the same address with its keys reordered.
  phones: [
    { type: 'mobile', value: '+86 139-1234-5678', primary: true },
    { type: 'work', value: '(021) 6000 0001', primary: false },
  ],
  addresses: [{ street: '张江路 88 号', primary: false, city: '上海市', type: 'office' }],
  annualRevenue: '1200000',
  website: 'https://qinghe.example.cn',
  version: 1,
});

describe('differingFields', () => {
  it('lists the fields whose values differ, ignoring how equal values are written', () => {
    expect(differingFields(original, duplicate)).toEqual(['name', 'industry', 'phones', 'website']);
  });

  it('offers only the fields of the kind that both records show the user', () => {
    // A role that may not read financial fields gets records without them.
    const withoutFinance: Partial<CustomerResponse> = { ...duplicate };
    delete withoutFinance.creditLimit;
    const fields = mergeFieldsOf(original, withoutFinance as CustomerResponse);
    expect(fields).toContain('taxId');
    expect(fields).not.toContain('gender');
    expect(fields).not.toContain('creditLimit');
  });
});

describe('defaultChoices', () => {
  it('joins lists and keeps the survivor’s values, or the other’s where the survivor has none', () => {
    const pair: MergePair = { current: duplicate, other: original, survivor: 'current' };
    expect(defaultChoices(pair, differingFields(original, duplicate))).toEqual({
      name: 'current',
      industry: 'other',
      phones: 'both',
      website: 'current',
    });
  });
});

describe('toMergeRequest', () => {
  it('calls the survivor with the other as source and the chosen sides as target / source', () => {
    const pair: MergePair = { current: duplicate, other: original, survivor: 'other' };
    const request = toMergeRequest(pair, {
      name: 'other',
      industry: 'other',
      website: 'current',
      phones: 'both',
    });
    expect(request).toEqual({
      targetId: original.id,
      targetVersion: 4,
      body: {
        sourceId: duplicate.id,
        fields: { name: 'target', industry: 'target', website: 'source' },
      },
    });
  });

  it('leaves the field choices out when every list keeps both sides', () => {
    const pair: MergePair = { current: original, other: duplicate, survivor: 'current' };
    expect(toMergeRequest(pair, { phones: 'both' }).body).toEqual({ sourceId: duplicate.id });
  });
});

describe('mergedValues', () => {
  it('previews the survivor as the API will store it', () => {
    const pair: MergePair = { current: duplicate, other: original, survivor: 'other' };
    const merged = mergedValues(pair, { name: 'other', website: 'current', phones: 'both' }, [
      'name',
      'website',
      'phones',
    ]);
    expect(merged.name).toBe('青禾园林工程有限公司');
    expect(merged.website).toBe('https://qinghe.example.cn');
    expect(merged.phones).toEqual([
      { type: 'work', value: '021-60000001', primary: true },
      { type: 'mobile', value: '+86 139-1234-5678', primary: false },
    ]);
  });
});
