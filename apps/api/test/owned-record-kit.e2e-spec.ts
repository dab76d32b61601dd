import {
  createAbility,
  defineRulesFor,
  type PermissionRule,
  type Principal,
  ROLES,
  type Role,
} from '@kehu/domain';
import { randomUUID } from 'node:crypto';
import { Column, DataSource, Entity } from 'typeorm';
import type { AuthContext } from '../src/authz/auth-context';
import { assertCan, presenterOf } from '../src/authz/record-access';
import { permittedSql, restrictToPermitted } from '../src/authz/scoped-query';
import { AuthzSubject } from '../src/authz/subject-entity';
import { ENTITIES } from '../src/database/entities';
import { OwnedRecordEntity } from '../src/database/owned-record.entity';
import { SnakeNamingStrategy } from '../src/database/snake-naming.strategy';

/**
 * A module written on the owned-record kit and nothing else: an entity, the subject's
 * role rules from libs/domain (Opportunity, which has rules but no module yet), and a
 * repository of three one-line queries. No column map, no check or filter of its own —
 * yet it gets list filtering, "not found" for unreadable records, field filtering and
 * write checks for every role.
 */
@Entity('kit_probes')
@AuthzSubject('Opportunity')
class KitProbe extends OwnedRecordEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true })
  discount!: string | null;
}

const ME = randomUUID();
const MATE = randomUUID();
const EAST = randomUUID();
const WEST = randomUUID();
const DEALER = randomUUID();

/** The subject's declared rules, plus one field rule to show field filtering. */
function authOf(role: Role): AuthContext {
  const principal: Principal = {
    kind: 'user',
    id: ME,
    roles: [role],
    teamIds: [EAST],
    dealerOrgId: role === 'channel_partner' ? DEALER : null,
  };
  const fieldRule: PermissionRule[] =
    role === 'channel_partner'
      ? [{ action: 'read', subject: 'Opportunity', fields: ['discount'], inverted: true }]
      : [];
  return {
    principal,
    ability: createAbility([...defineRulesFor(principal), ...fieldRule]),
    actor: { type: 'user', id: ME },
    requestId: 'kit',
  };
}

const ROWS = [
  { ownerId: ME, teamId: EAST, dealerOrgId: null, sharedWithTeam: false },
  { ownerId: MATE, teamId: EAST, dealerOrgId: null, sharedWithTeam: true },
  { ownerId: MATE, teamId: EAST, dealerOrgId: null, sharedWithTeam: false },
  { ownerId: MATE, teamId: WEST, dealerOrgId: null, sharedWithTeam: true },
  { ownerId: MATE, teamId: null, dealerOrgId: DEALER, sharedWithTeam: false },
].map((row, index) => ({ ...row, id: randomUUID(), name: `probe ${index}`, discount: '5.00' }));

// Which rows (by index) each role reads, by product.md §8's rules for Opportunity.
const READS: Record<Role, number[]> = {
  admin: [0, 1, 2, 3, 4],
  sales_manager: [0, 1, 2],
  sales_rep: [0, 1],
  channel_partner: [4],
  service_agent: [],
  marketer: [],
  viewer: [0, 1, 2, 3, 4],
};

describe('a module on the owned-record kit', () => {
  let dataSource: DataSource;

  // The module's whole repository and presenter.
  const query = () => dataSource.getRepository(KitProbe).createQueryBuilder('k');
  const list = (auth: AuthContext) =>
    restrictToPermitted(query(), auth, 'read', 'Opportunity').orderBy('k.name').getMany();
  const find = (auth: AuthContext, id: string) =>
    restrictToPermitted(query().where('k.id = :id', { id }), auth, 'read', 'Opportunity').getOne();
  const present = presenterOf('Opportunity', (probe: KitProbe) => ({
    id: probe.id,
    name: probe.name,
    discount: probe.discount,
  }));

  beforeAll(async () => {
    dataSource = new DataSource({
      type: 'postgres',
      url: process.env.KEHU_TEST_DATABASE_URL,
      entities: [...ENTITIES, KitProbe],
      namingStrategy: new SnakeNamingStrategy(),
    });
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE kit_probes (
      id uuid PRIMARY KEY, name varchar(200) NOT NULL, discount numeric(18,2),
      owner_id uuid, team_id uuid, dealer_org_id uuid, shared_with_team boolean NOT NULL DEFAULT false,
      created_by_id uuid, version integer NOT NULL DEFAULT 1, deleted_at timestamptz,
      created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now())`);
    await dataSource.getRepository(KitProbe).insert(ROWS);
  });
  afterAll(async () => {
    await dataSource.query('DROP TABLE kit_probes');
    await dataSource.destroy();
  });

  it.each(ROLES)('a %s lists exactly the records the rules let it read', async (role) => {
    const names = (await list(authOf(role))).map((probe) => probe.name);
    expect(names).toEqual(READS[role].map((index) => ROWS[index].name));
  });

  it.each(ROLES)('a %s finds nothing (404) of a record it may not read', async (role) => {
    for (const [index, row] of ROWS.entries()) {
      const found = await find(authOf(role), row.id);
      expect(found?.id).toBe(READS[role].includes(index) ? row.id : undefined);
    }
  });

  it('the raw-SQL form selects the same rows, from the entity declared for the subject', async () => {
    for (const role of ROLES) {
      const { sql, params } = permittedSql(authOf(role), 'read', 'Opportunity', 'r');
      const [text, values] = dataSource.driver.escapeQueryWithParameters(
        `SELECT r.name FROM kit_probes r WHERE ${sql} ORDER BY r.name`,
        params,
        {},
      );
      const rows: Array<{ name: string }> = await dataSource.query(text, values);
      expect(rows.map((row) => row.name)).toEqual(READS[role].map((index) => ROWS[index].name));
    }
  });

  it('leaves out the fields a role may not read', async () => {
    const [partnerView] = (await list(authOf('channel_partner'))).map((probe) =>
      present(authOf('channel_partner'), probe),
    );
    expect(partnerView).toEqual({ id: ROWS[4].id, name: ROWS[4].name });
    const [adminView] = (await list(authOf('admin'))).map((probe) =>
      present(authOf('admin'), probe),
    );
    expect(adminView).toEqual({ id: ROWS[0].id, name: ROWS[0].name, discount: '5.00' });
  });

  it('checks a write on the record as it will be written', () => {
    const ownedByMe = { ownerId: ME, teamId: EAST, dealerOrgId: null };
    const ownedByMate = { ...ownedByMe, ownerId: MATE };
    expect(() => assertCan(authOf('sales_rep'), 'create', 'Opportunity', ownedByMe)).not.toThrow();
    expect(() => assertCan(authOf('sales_rep'), 'create', 'Opportunity', ownedByMate)).toThrow();
    expect(() =>
      assertCan(authOf('sales_manager'), 'create', 'Opportunity', ownedByMate),
    ).not.toThrow();
    expect(() => assertCan(authOf('viewer'), 'update', 'Opportunity', ownedByMe)).toThrow();
  });
});
