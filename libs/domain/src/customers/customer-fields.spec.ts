import {
  COMPANY_ONLY_FIELDS,
  CUSTOMER_AUDITED_FIELDS,
  CUSTOMER_EXPORTABLE_FIELDS,
  CUSTOMER_FIELDS,
  CUSTOMER_FINANCIAL_FIELDS,
  CUSTOMER_MERGEABLE_FIELDS,
  fieldsForeignTo,
  PERSON_ONLY_FIELDS,
} from './customer-fields';

describe('the customer field catalogue', () => {
  it('names the kind-specific fields', () => {
    expect(COMPANY_ONLY_FIELDS).toEqual(['taxId', 'foundedOn', 'companySize', 'annualRevenue']);
    expect(PERSON_ONLY_FIELDS).toEqual(['gender', 'birthDate', 'maritalStatus', 'occupation']);
    expect(fieldsForeignTo('company')).toBe(PERSON_ONLY_FIELDS);
  });

  it('names the financial fields the role policies restrict', () => {
    expect([...CUSTOMER_FINANCIAL_FIELDS].sort()).toEqual(
      ['annualRevenue', 'bankAccount', 'creditLimit', 'paymentTerms', 'receivableBalance'].sort(),
    );
  });

  it('audits every field a person writes, ownership included, but no derived balance', () => {
    expect(CUSTOMER_AUDITED_FIELDS).toEqual(expect.arrayContaining(['kind', 'ownerId', 'teamId']));
    expect(CUSTOMER_AUDITED_FIELDS).not.toContain('receivableBalance');
  });

  it('never merges the kind or the ownership', () => {
    for (const field of ['kind', 'ownerId', 'teamId', 'dealerOrgId'])
      expect(CUSTOMER_MERGEABLE_FIELDS).not.toContain(field);
    expect(CUSTOMER_MERGEABLE_FIELDS).toContain('nextFollowUpOn');
    expect(Object.keys(CUSTOMER_FIELDS).length).toBeGreaterThan(CUSTOMER_MERGEABLE_FIELDS.length);
  });
});

describe('the exportable customer fields', () => {
  it('are in the order the export writes its columns, the owner and team last', () => {
    expect(CUSTOMER_EXPORTABLE_FIELDS).toEqual([
      'kind',
      'name',
      'tier',
      'roles',
      'phones',
      'emails',
      'addresses',
      'industry',
      'region',
      'source',
      'website',
      'taxId',
      'annualRevenue',
      'creditLimit',
      'ownerId',
      'teamId',
    ]);
  });
});
