import {
  type Action,
  asSubject,
  createAbility,
  defineRulesFor,
  type Principal,
  ROLES,
} from '@kehu/domain';
import fc from 'fast-check';
import { DataSource, type QueryRunner } from 'typeorm';
import { abilityToSql } from '../src/authz/ability-to-sql';

const USERS = [
  '11111111-1111-4111-8111-111111111111',
  '22222222-2222-4222-8222-222222222222',
  '33333333-3333-4333-8333-333333333333',
];
const TEAMS = [
  'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
];
const DEALERS = ['dddddddd-dddd-4ddd-8ddd-dddddddddddd', 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee'];

type ProbeRow = {
  id: string;
  ownerId: string;
  teamId: string;
  sharedWithTeam: boolean;
  dealerOrgId: string | null;
};

const COLUMNS = {
  id: 'p.id',
  ownerId: 'p.owner_id',
  teamId: 'p.team_id',
  sharedWithTeam: 'p.shared_with_team',
  dealerOrgId: 'p.dealer_org_id',
};

/** Every combination of owner, team, sharing and dealer: 3 × 3 × 2 × 3 = 54 rows. */
const ROWS: ProbeRow[] = USERS.flatMap((ownerId) =>
  TEAMS.flatMap((teamId) =>
    [true, false].flatMap((sharedWithTeam) =>
      [...DEALERS, null].map((dealerOrgId, index) => ({
        id: `${ownerId.slice(0, 8)}-${teamId.slice(9, 13)}-4${sharedWithTeam ? 1 : 0}${index}0-8000-000000000000`,
        ownerId,
        teamId,
        sharedWithTeam,
        dealerOrgId,
      })),
    ),
  ),
);

const principalArbitrary: fc.Arbitrary<Principal> = fc.record({
  kind: fc.constant('user' as const),
  id: fc.constantFrom(...USERS),
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 3 }),
  teamIds: fc.uniqueArray(fc.constantFrom(...TEAMS), { maxLength: 3 }),
  dealerOrgId: fc.constantFrom(null, ...DEALERS),
});

describe('permission rules as SQL select exactly the rows CASL allows', () => {
  let dataSource: DataSource;
  let runner: QueryRunner;

  beforeAll(async () => {
    dataSource = new DataSource({ type: 'postgres', url: process.env.KEHU_TEST_DATABASE_URL });
    await dataSource.initialize();
    runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.query(
      'CREATE TEMP TABLE authz_probe (id uuid PRIMARY KEY, owner_id uuid, team_id uuid, shared_with_team boolean, dealer_org_id uuid)',
    );
    for (const row of ROWS) {
      await runner.query('INSERT INTO authz_probe VALUES ($1, $2, $3, $4, $5)', [
        row.id,
        row.ownerId,
        row.teamId,
        row.sharedWithTeam,
        row.dealerOrgId,
      ]);
    }
  });

  afterAll(async () => {
    await runner.release();
    await dataSource.destroy();
  });

  it('for any roles, teams and dealer, and any action', async () => {
    await fc.assert(
      fc.asyncProperty(
        principalArbitrary,
        fc.constantFrom<Action>('read', 'update', 'delete', 'export'),
        async (principal, action) => {
          const ability = createAbility(defineRulesFor(principal));
          const { sql, params } = abilityToSql(ability, action, 'Customer', COLUMNS);
          const selected = await dataSource
            .createQueryBuilder(runner)
            .select('p.id', 'id')
            .from('authz_probe', 'p')
            .where(sql, params)
            .orderBy('p.id')
            .getRawMany<{ id: string }>();
          const expected = ROWS.filter((row) => ability.can(action, asSubject('Customer', row)))
            .map((row) => row.id)
            .sort();
          expect(selected.map((row) => row.id)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
