import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { searchBreadth } from '../src/customers/customer-search';
import { signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueMobile } from './factories/customer.factory';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * A CJK character nobody else in this file's database uses (Extension A, which neither
 * the demo data nor the other tests write), so a one- or two-character search has a
 * known answer.
 */
const usedRare = new Set<string>();
function rareCharacter(): string {
  for (;;) {
    const char = String.fromCodePoint(0x3400 + randomInt(0x19b5));
    if (!usedRare.has(char)) {
      usedRare.add(char);
      return char;
    }
  }
}

describe('customer search (q)', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Tokens, manager: Tokens, rep1: Tokens, rep2: Tokens, rep3: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    db = new DataSource({ type: 'postgres', url: process.env.KEHU_TEST_DATABASE_URL });
    await db.initialize();
    [admin, manager, rep1, rep2, rep3] = await signInAll(t, 'admin manager rep1 rep2 rep3');
  });
  afterAll(async () => {
    await db.destroy();
    await t.app.close();
  });

  /** Every match of a search the caller may read, page by page, in list order. */
  async function search(as: Tokens, q: string, sort?: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await t
        .as(as)
        .get('/api/v1/customers')
        .query({ q, limit: 200, ...(sort ? { sort } : {}), ...(cursor ? { cursor } : {}) })
        .expect(200);
      ids.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    return ids;
  }

  async function addContact(as: Tokens, companyId: string, personId: string) {
    await t.as(as).post(`/api/v1/customers/${companyId}/contacts`).send({ personId }).expect(201);
  }

  const company = (as: Tokens, name: string) => newCustomer(t, as, { name });
  const person = (as: Tokens, name: string) => newCustomer(t, as, { kind: 'person', name });

  it('finds one- and two-character Chinese fragments anywhere in a name, newest first', async () => {
    const [a, b] = [rareCharacter(), rareCharacter()];
    const first = await company(rep1, `${a}${b}科技有限公司`);
    const second = await company(rep1, `上海${a}星贸易有限公司`);
    const third = await person(rep1, `李${b}${a}`);
    expect(await search(rep1, a)).toEqual([third.id, second.id, first.id]);
    expect(await search(rep1, `${a}${b}`)).toEqual([first.id]);
    expect(await search(rep1, `${b}${a}`)).toEqual([third.id]);
    expect(await search(rep1, ` ${b} `)).toEqual([third.id, first.id]);
    expect(await search(rep1, `${a}${b}科`)).toEqual([first.id]);
    // By name, in keyset pages of one.
    const ordered: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await t
        .as(rep1)
        .get('/api/v1/customers')
        .query({ q: a, limit: 1, sort: 'name', ...(cursor ? { cursor } : {}) })
        .expect(200);
      ordered.push(...page.body.items.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    // C collation: Extension A sorts before 上 and 李.
    expect(ordered).toEqual([first.id, second.id, third.id]);
  });

  it('a two-letter fragment ignores case, and wildcards in it are plain characters', async () => {
    const tail = `${rareCharacter()}${rareCharacter()}`;
    const upper = await company(rep1, `QX Works ${tail}`);
    const lower = await company(rep1, `Aqxe Supply ${tail}`);
    const percent = await company(rep1, `100% ${tail}`);
    const found = await search(rep1, 'qX');
    expect(found).toEqual(expect.arrayContaining([upper.id, lower.id]));
    expect(found).not.toContain(percent.id);
    expect(await search(rep1, '%')).toContain(percent.id);
    expect(await search(rep1, '%')).not.toContain(upper.id);
    expect(await search(rep1, '_')).not.toContain(upper.id);
  });

  it('a short fragment finds a company through a contact’s name, never through a hidden person', async () => {
    const [a, b] = [rareCharacter(), rareCharacter()];
    const company1 = await company(rep1, `Acme ${uniqueMobile()}`);
    const contact = await person(rep1, `${a}${b}`);
    await addContact(rep1, company1.id, contact.id);
    const company2 = await company(rep2, `Binary ${uniqueMobile()}`);
    const hidden = await person(rep1, `王${b}`);
    await addContact(admin, company2.id, hidden.id);
    expect(await search(rep1, `${a}${b}`)).toEqual([contact.id, company1.id]);
    expect(await search(rep1, b)).toEqual([hidden.id, contact.id, company1.id]);
    // rep2 reads company2, not the person who names it, and nothing of rep1's.
    expect(await search(rep2, b)).toEqual([]);
    expect(await search(rep3, a)).toEqual([]);
    expect(await search(manager, b)).toEqual([hidden.id, company2.id, contact.id, company1.id]);
  });

  describe('a term most customers match', () => {
    const term = `${rareCharacter()}${rareCharacter()}${rareCharacter()}有限公司`;
    let rep1Id: string;
    let manyIds: string[];

    beforeAll(async () => {
      const [{ id, team_id: teamId }] = await db.query<Array<{ id: string; team_id: string }>>(
        `SELECT u.id, ut.team_id FROM users u JOIN user_teams ut ON ut.user_id = u.id WHERE u.email = 'rep1@kehu.local'`,
      );
      rep1Id = id;
      // The newest customers, dense enough (over 5/√N of them) for the search to walk the
      // list instead of collecting matches; written straight to the table, as the API
      // would take minutes.
      await db.query('ANALYZE customers');
      const [{ rows }] = await db.query<Array<{ rows: number }>>(
        `SELECT greatest(reltuples, 0) AS rows FROM pg_class WHERE oid = 'customers'::regclass`,
      );
      const count = Math.max(60, Math.ceil(5 * Math.sqrt(Number(rows) + 1000)) + 20);
      const inserted = await db.query<Array<{ id: string }>>(
        `INSERT INTO customers (kind, name, name_key, owner_id, team_id, created_at)
         SELECT 'company', 'Bulk ' || i || ' ' || $1, 'bulk ' || i, $2, $3, now() - i * interval '1 millisecond'
           FROM generate_series(1, $4::int) i
         RETURNING id`,
        [term, rep1Id, teamId, count],
      );
      manyIds = inserted.map((row) => row.id);
    });

    it('is walked in list order (the plan for dense matches), with the same answers', async () => {
      expect(await searchBreadth(db.manager, term)).toBe('many');
      expect(await searchBreadth(db.manager, rareCharacter())).toBe('few');
      const viaContact = await company(rep2, `Contact-only ${uniqueMobile()}`);
      const named = await person(rep2, `${term}联系人`);
      await addContact(rep2, viaContact.id, named.id);
      const hiddenVia = await company(rep2, `Hidden-contact ${uniqueMobile()}`);
      const hidden = await person(rep3, `${term}外人`);
      await addContact(admin, hiddenVia.id, hidden.id);

      const asRep1 = await search(rep1, term);
      expect(asRep1).toEqual(manyIds);
      // rep2 finds the company through its readable contact, not through rep3's person.
      expect(await search(rep2, term)).toEqual([named.id, viaContact.id]);
      expect(await search(rep3, term)).toEqual([hidden.id]);
      const asAdmin = await search(admin, term);
      expect(asAdmin).toEqual([hidden.id, hiddenVia.id, named.id, viaContact.id, ...manyIds]);
      // The same set sorted by name.
      const byName = await search(admin, term, 'name');
      expect([...byName].sort()).toEqual([...asAdmin].sort());
    });

    it('a deleted customer is not found', async () => {
      const [gone] = manyIds;
      await db.query('UPDATE customers SET deleted_at = now() WHERE id = $1', [gone]);
      expect(await search(rep1, term)).toEqual(manyIds.slice(1));
    });
  });
});
