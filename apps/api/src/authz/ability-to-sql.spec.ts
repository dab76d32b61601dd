import { createAbility, defineRulesFor, type Principal, type PermissionRule } from '@kehu/domain';
import { abilityToSql } from './ability-to-sql';

const columns = {
  ownerId: 'c.owner_id',
  teamId: 'c.team_id',
  sharedWithTeam: 'c.shared_with_team',
  dealerOrgId: 'c.dealer_org_id',
  id: 'c.id',
};

function principal(overrides: Partial<Principal>): Principal {
  return {
    kind: 'user',
    id: 'u1',
    roles: [],
    teamIds: ['t1', 't2'],
    dealerOrgId: 'd1',
    ...overrides,
  };
}

const sqlFor = (p: Principal, action: 'read' | 'delete' = 'read') =>
  abilityToSql(createAbility(defineRulesFor(p)), action, 'Customer', columns);

describe('abilityToSql', () => {
  it('gives unrestricted access as TRUE', () => {
    expect(sqlFor(principal({ roles: ['admin'] }))).toEqual({ sql: 'TRUE', params: {} });
  });

  it('gives no access as FALSE', () => {
    expect(sqlFor(principal({ roles: ['sales_rep'] }), 'delete')).toEqual({
      sql: 'FALSE',
      params: {},
    });
  });

  it('ORs the record conditions of a sales rep, with every value bound', () => {
    const { sql, params } = sqlFor(principal({ roles: ['sales_rep'] }));
    expect(sql).toBe(
      '((c.team_id IN (:...authz_0) AND c.shared_with_team = :authz_1) OR c.owner_id = :authz_2)',
    );
    expect(params).toEqual({ authz_0: ['t1', 't2'], authz_1: true, authz_2: 'u1' });
  });

  it('turns an empty $in into FALSE instead of invalid SQL', () => {
    const { sql } = sqlFor(principal({ roles: ['sales_manager'], teamIds: [] }));
    expect(sql).toBe('FALSE');
  });

  it('refuses a rule on a field without a column mapping', () => {
    const ability = createAbility([
      { action: 'read', subject: 'Customer', conditions: { secret: 1 } },
    ]);
    expect(() => abilityToSql(ability, 'read', 'Customer', columns)).toThrow(/secret/);
  });

  it('refuses operators it does not translate', () => {
    const rules: PermissionRule[] = [
      { action: 'read', subject: 'Customer', conditions: { ownerId: { $regex: '^a' } } },
    ];
    expect(() => abilityToSql(createAbility(rules), 'read', 'Customer', columns)).toThrow(/regex/);
  });

  it('translates inverted rules as NOT and nulls as IS NULL', () => {
    const rules: PermissionRule[] = [
      { action: 'read', subject: 'Customer' },
      { action: 'read', subject: 'Customer', inverted: true, conditions: { dealerOrgId: null } },
    ];
    expect(abilityToSql(createAbility(rules), 'read', 'Customer', columns).sql).toBe(
      'NOT (c.dealer_org_id IS NULL)',
    );
  });
});
