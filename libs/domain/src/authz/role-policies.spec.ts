import fc from 'fast-check';
import { asSubject, createAbility } from './ability';
import type { Principal } from './principal';
import { defineRulesFor } from './role-policies';
import { ROLES, type Role } from './roles';

function abilityOf(principal: Partial<Principal> & { roles: Role[] }) {
  return createAbility(
    defineRulesFor({ kind: 'user', id: 'u1', teamIds: ['east'], dealerOrgId: null, ...principal }),
  );
}

const customer = (fields: Record<string, unknown>) => asSubject('Customer', fields);

describe('role policies', () => {
  it('an admin may do anything, including managing users and reading the audit log', () => {
    const ability = abilityOf({ roles: ['admin'] });
    expect(ability.can('create', 'User')).toBe(true);
    expect(ability.can('read', 'AuditEntry')).toBe(true);
    expect(ability.can('delete', customer({ ownerId: 'someone-else' }))).toBe(true);
  });

  it('only an admin manages users, teams, dealer orgs, API keys and reads the audit log', () => {
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const ability = abilityOf({ roles: [role] });
      for (const subjectName of ['User', 'DealerOrg', 'ApiKey', 'AuditEntry'] as const) {
        expect(ability.can('create', subjectName)).toBe(false);
        expect(ability.can('read', subjectName)).toBe(false);
      }
    }
  });

  it('a sales rep reads own and team-shared customers but cannot delete any', () => {
    const ability = abilityOf({ roles: ['sales_rep'] });
    expect(ability.can('read', customer({ ownerId: 'u1', teamId: 'west' }))).toBe(true);
    expect(
      ability.can('read', customer({ ownerId: 'u2', teamId: 'east', sharedWithTeam: true })),
    ).toBe(true);
    expect(
      ability.can('read', customer({ ownerId: 'u2', teamId: 'east', sharedWithTeam: false })),
    ).toBe(false);
    expect(ability.can('delete', customer({ ownerId: 'u1' }))).toBe(false);
    expect(ability.can('create', 'Customer')).toBe(true);
    expect(ability.can('create', customer({ ownerId: 'u1' }))).toBe(true);
    expect(ability.can('create', customer({ ownerId: 'u2' }))).toBe(false);
  });

  it('a channel partner creates customers for its own dealer only', () => {
    const ability = abilityOf({ roles: ['channel_partner'], dealerOrgId: 'delta' });
    expect(ability.can('create', customer({ dealerOrgId: 'delta' }))).toBe(true);
    expect(ability.can('create', customer({ dealerOrgId: null }))).toBe(false);
  });

  it('a sales manager works on the customers of their teams only', () => {
    const ability = abilityOf({ roles: ['sales_manager'] });
    expect(ability.can('delete', customer({ teamId: 'east' }))).toBe(true);
    expect(ability.can('read', customer({ teamId: 'west' }))).toBe(false);
    expect(ability.can('read', asSubject('Team', { id: 'east' }))).toBe(true);
    expect(ability.can('update', 'Team')).toBe(false);
  });

  it('a channel partner sees only its dealer records, without financial fields, and cannot export', () => {
    const ability = abilityOf({ roles: ['channel_partner'], dealerOrgId: 'delta' });
    expect(ability.can('read', customer({ dealerOrgId: 'delta' }))).toBe(true);
    expect(ability.can('read', customer({ dealerOrgId: 'other' }))).toBe(false);
    expect(ability.can('read', customer({ dealerOrgId: 'delta' }), 'creditLimit')).toBe(false);
    expect(ability.can('read', customer({ dealerOrgId: 'delta' }), 'name')).toBe(true);
    expect(ability.can('export', 'Customer')).toBe(false);
  });

  it('a channel partner without a dealer org gets no customer access at all', () => {
    expect(abilityOf({ roles: ['channel_partner'] }).can('read', 'Customer')).toBe(false);
  });

  it('a service agent reads all customers but not their financial fields', () => {
    const ability = abilityOf({ roles: ['service_agent'] });
    expect(ability.can('read', customer({ ownerId: 'x' }))).toBe(true);
    expect(ability.can('read', 'Customer', 'annualRevenue')).toBe(false);
    expect(ability.can('update', 'Customer')).toBe(false);
  });

  it('an admin who is also a service agent keeps the financial fields', () => {
    const ability = abilityOf({ roles: ['service_agent', 'admin'] });
    expect(ability.can('read', 'Customer', 'creditLimit')).toBe(true);
  });

  it('every role that reads customers reads tags; only an admin manages them', () => {
    for (const role of ROLES) {
      const ability = abilityOf({ roles: [role], dealerOrgId: 'delta' });
      expect(ability.can('read', 'Tag')).toBe(ability.can('read', 'Customer'));
      expect(ability.can('create', 'Tag')).toBe(role === 'admin');
      expect(ability.can('delete', 'Tag')).toBe(role === 'admin');
    }
  });

  it('a segment is seen by its creator, marketers and admins only', () => {
    const mine = asSubject('Segment', { ownerId: 'u1' });
    const theirs = asSubject('Segment', { ownerId: 'u2' });
    const rep = abilityOf({ roles: ['sales_rep'] });
    expect(rep.can('create', mine)).toBe(true);
    expect(rep.can('update', mine)).toBe(true);
    expect(rep.can('read', theirs)).toBe(false);
    expect(rep.can('create', theirs)).toBe(false);
    for (const role of ['marketer', 'admin'] as const) {
      const ability = abilityOf({ roles: [role] });
      expect(ability.can('read', theirs)).toBe(true);
      expect(ability.can('delete', theirs)).toBe(true);
    }
    expect(abilityOf({ roles: ['viewer'] }).can('read', 'Segment')).toBe(false);
  });

  it('an API key is narrowed to its scopes', () => {
    const readOnly = createAbility(
      defineRulesFor({
        kind: 'apiKey',
        id: 'k1',
        roles: ['admin'],
        teamIds: [],
        dealerOrgId: null,
        scopes: ['customers:read'],
      }),
    );
    expect(readOnly.can('read', 'Customer')).toBe(true);
    expect(readOnly.can('update', 'Customer')).toBe(false);
    expect(readOnly.can('read', 'User')).toBe(false);
  });

  it('more roles never take a permission away (except field restrictions of narrower roles)', () => {
    const roleSet = fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1 });
    fc.assert(
      fc.property(roleSet, roleSet, (some, more) => {
        const smaller = abilityOf({ roles: some });
        const larger = abilityOf({ roles: [...new Set([...some, ...more])] });
        for (const action of ['create', 'read', 'update', 'delete'] as const) {
          for (const name of ['Customer', 'User', 'Report', 'Ticket'] as const) {
            if (smaller.can(action, name)) expect(larger.can(action, name)).toBe(true);
          }
        }
      }),
    );
  });
});
