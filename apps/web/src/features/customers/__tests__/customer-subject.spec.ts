import { createAbility, defineRulesFor, type Principal, type Role } from '@kehu/domain';
import { customerPermissions } from '../customer-subject';
import type { CustomerResponse } from '../customer-types';

const EAST = 'team-east';

const person = (id: string, roles: Role[]): Principal => ({
  kind: 'user',
  id,
  roles,
  teamIds: [EAST],
  dealerOrgId: null,
});

const customerOf = (ownerId: string, sharedWithTeam = false) =>
  ({
    id: 'c1',
    owner: { id: ownerId, name: 'Owner' },
    team: { id: EAST, name: 'East' },
    sharedWithTeam,
    dealerOrgId: null,
  }) as CustomerResponse;

const permissionsOf = (principal: Principal, customer: CustomerResponse) =>
  customerPermissions(createAbility(defineRulesFor(principal)), customer);

describe('what the 360 page offers', () => {
  it('a sales rep edits their own customer but cannot delete or reassign it', () => {
    expect(permissionsOf(person('rep1', ['sales_rep']), customerOf('rep1'))).toEqual({
      update: true,
      delete: false,
      restore: false,
      reassign: false,
    });
  });

  it('a sales rep edits a colleague’s customer only when it is shared with the team', () => {
    const rep = person('rep1', ['sales_rep']);
    expect(permissionsOf(rep, customerOf('rep2')).update).toBe(false);
    expect(permissionsOf(rep, customerOf('rep2', true)).update).toBe(true);
  });

  it('a sales manager may delete, restore and reassign their team’s customers', () => {
    expect(permissionsOf(person('m1', ['sales_manager']), customerOf('rep2'))).toEqual({
      update: true,
      delete: true,
      restore: true,
      reassign: true,
    });
  });

  it('a viewer only reads', () => {
    expect(permissionsOf(person('v1', ['viewer']), customerOf('rep1'))).toEqual({
      update: false,
      delete: false,
      restore: false,
      reassign: false,
    });
  });
});
