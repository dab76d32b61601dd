import { createAbility, defineRulesFor, type Role } from '@kehu/domain';
import { readableFields } from './readable-fields';

const abilityOf = (roles: Role[]) =>
  createAbility(
    defineRulesFor({ kind: 'user', id: 'u1', roles, teamIds: [], dealerOrgId: 'delta' }),
  );

const customer = {
  id: 'c1',
  name: 'Acme',
  dealerOrgId: 'delta',
  creditLimit: '50000.00',
  annualRevenue: '1000000',
};

describe('readableFields', () => {
  it('leaves out the financial fields for a channel partner', () => {
    expect(readableFields(abilityOf(['channel_partner']), 'Customer', customer, customer)).toEqual({
      id: 'c1',
      name: 'Acme',
      dealerOrgId: 'delta',
    });
  });

  it('keeps every field for an admin', () => {
    expect(readableFields(abilityOf(['admin']), 'Customer', customer, customer)).toEqual(customer);
  });

  it('keeps nothing of a record the caller may not read', () => {
    expect(
      readableFields(
        abilityOf(['channel_partner']),
        'Customer',
        { ...customer, dealerOrgId: 'other' },
        customer,
      ),
    ).toEqual({});
  });
});
