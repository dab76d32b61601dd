import { signInAll, type Tokens, uniqueEmail, uniqueName } from './factories/auth.factory';
import { createTestApp, type TestApp } from './support/test-app';

interface DirectoryEntry {
  id: string;
  name: string;
  roles: string[];
  teams: Array<{ id: string; name: string }>;
}

interface DirectoryPage {
  items: DirectoryEntry[];
  nextCursor: string | null;
}

describe('user directory', () => {
  let t: TestApp;
  let admin: Tokens, manager: Tokens, partner: Tokens, viewer: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, manager, partner, viewer] = await signInAll(t, 'admin manager partner viewer');
  });
  afterAll(() => t.app.close());

  const directory = (as: Tokens, query: Record<string, unknown> = {}) =>
    t.as(as).get('/api/v1/users/directory').query(query);

  async function everyone(as: Tokens, query: Record<string, unknown> = {}) {
    const entries: DirectoryEntry[] = [];
    let cursor: string | undefined;
    do {
      const response = await directory(as, { ...query, limit: 2, cursor }).expect(200);
      const page = response.body as DirectoryPage;
      entries.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return entries;
  }

  it('a sales manager, who may not administer users, lists colleagues with teams and roles only', async () => {
    await t.as(manager).get('/api/v1/users').expect(403);
    const response = await directory(manager, { q: '张伟' }).expect(200);
    expect(response.body).toEqual({
      items: [
        {
          id: expect.any(String),
          name: '张伟',
          roles: ['sales_rep'],
          teams: [{ id: expect.any(String), name: 'East' }],
        },
      ],
      nextCursor: null,
    });
  });

  it('pages by name with keyset cursors, without repeats or gaps', async () => {
    const paged = await everyone(viewer);
    const names = paged.map((entry) => entry.name);
    expect(new Set(paged.map((entry) => entry.id)).size).toBe(paged.length);
    const all = await directory(viewer, { limit: 200 }).expect(200);
    expect(paged.map((entry) => entry.id)).toEqual(
      (all.body as DirectoryPage).items.map((entry) => entry.id),
    );
    expect(names).toEqual(expect.arrayContaining(['李明', '陈静', '管理员']));
  });

  it('leaves out disabled and deleted users', async () => {
    const name = uniqueName('离职 Former');
    const created = await t
      .as(admin)
      .post('/api/v1/users')
      .send({ email: uniqueEmail(), name, password: 'Strong-pass-42', roles: ['sales_rep'] })
      .expect(201);
    const found = async () =>
      (await directory(manager, { q: name }).expect(200)).body as DirectoryPage;
    expect((await found()).items.map((entry) => entry.id)).toEqual([created.body.id]);
    await t.as(admin).patch(`/api/v1/users/${created.body.id}`).send({ active: false }).expect(200);
    expect((await found()).items).toEqual([]);
  });

  it('filters by role and team', async () => {
    const reps = await everyone(manager, { role: 'sales_rep', teamId: manager.user.teamIds[0] });
    expect(reps.map((entry) => entry.name)).toEqual(expect.arrayContaining(['李明', '张伟']));
    expect(reps.map((entry) => entry.name)).not.toContain('陈静');
    expect(reps.every((entry) => entry.roles.includes('sales_rep'))).toBe(true);
  });

  it('a channel partner sees only the people of its own dealer org', async () => {
    const entries = await everyone(partner);
    expect(entries.length).toBeGreaterThan(0);
    const dealerOrgIds = await Promise.all(
      entries.map(async (entry) => {
        const user = await t.as(admin).get(`/api/v1/users/${entry.id}`).expect(200);
        return user.body.dealerOrgId as string | null;
      }),
    );
    expect(new Set(dealerOrgIds)).toEqual(new Set([partner.user.dealerOrgId]));
    expect((await directory(partner, { q: '李明' }).expect(200)).body.items).toEqual([]);
  });

  it('needs a signed-in caller (401) and refuses bad parameters (400)', async () => {
    await t.http().get('/api/v1/users/directory').expect(401);
    for (const query of [
      { limit: 0 },
      { limit: 201 },
      { role: 'pilot' },
      { email: 'x' },
      { cursor: 'nope' },
    ]) {
      const response = await directory(viewer, query).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
