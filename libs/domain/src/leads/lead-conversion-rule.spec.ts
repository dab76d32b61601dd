import { createAbility } from '../authz/ability';
import type { Principal } from '../authz/principal';
import { defineRulesFor } from '../authz/role-policies';
import { ROLES, type Role } from '../authz/roles';
import { convertedCustomerOwnership, leadConversionRefusal } from './lead-conversion-rule';

const abilityOf = (roles: Role[], overrides: Partial<Principal> = {}) =>
  createAbility(
    defineRulesFor({
      kind: 'user',
      id: 'me',
      roles,
      teamIds: ['east'],
      dealerOrgId: null,
      ...overrides,
    }),
  );

const own = { ownerId: 'me', teamId: 'east', dealerOrgId: null, sharedWithTeam: false };
const teammatesShared = {
  ownerId: 'mate',
  teamId: 'east',
  dealerOrgId: null,
  sharedWithTeam: true,
};
const otherTeams = { ownerId: 'far', teamId: 'west', dealerOrgId: null, sharedWithTeam: true };
const dealers = { ownerId: 'partner', teamId: null, dealerOrgId: 'delta', sharedWithTeam: false };

describe('the lead conversion rule', () => {
  it('keeps the lead’s ownership on the customer', () => {
    expect(convertedCustomerOwnership({ ...teammatesShared, name: 'x' } as never)).toEqual(
      teammatesShared,
    );
  });

  // Expected refusal per role for: own lead, a teammate's shared lead, another team's, a dealer's.
  const expected: Record<Role, Array<'lead' | 'customer' | null>> = {
    admin: [null, null, null, null],
    sales_manager: [null, null, 'lead', 'lead'],
    sales_rep: [null, 'customer', 'lead', 'lead'],
    channel_partner: ['lead', 'lead', 'lead', null],
    service_agent: ['lead', 'lead', 'lead', 'lead'],
    marketer: ['lead', 'lead', 'lead', 'lead'],
    viewer: ['lead', 'lead', 'lead', 'lead'],
  };

  it.each(ROLES)('decides for a %s on every kind of lead', (role) => {
    const ability = abilityOf([role], { dealerOrgId: role === 'channel_partner' ? 'delta' : null });
    const decided = [own, teammatesShared, otherTeams, dealers].map((lead) =>
      leadConversionRefusal(ability, lead, true),
    );
    expect(decided).toEqual(expected[role]);
  });

  it('lets a rep link a teammate’s shared lead to an existing customer (nothing is created)', () => {
    expect(leadConversionRefusal(abilityOf(['sales_rep']), teammatesShared, false)).toBeNull();
  });
});
