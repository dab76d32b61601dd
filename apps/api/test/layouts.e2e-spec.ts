import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { newUser, signInAll, type Tokens } from './factories/auth.factory';
import { createTestApp, type TestApp } from './support/test-app';

const MINE = '/api/v1/me/layouts';
const DEFAULTS = '/api/v1/layouts/defaults';

interface LayoutBody {
  page: string;
  source: 'user' | 'role' | 'built-in';
  role: string | null;
  version: number;
  panels: Array<{ key: string; collapsed: boolean; hidden: boolean }>;
  profileFields: string[] | null;
  columns: string[] | null;
  updatedAt: string | null;
}

const panel = (key: string, flags: { collapsed?: boolean; hidden?: boolean } = {}) => ({
  key,
  collapsed: flags.collapsed ?? false,
  hidden: flags.hidden ?? false,
});

describe('personal page layouts', () => {
  let t: TestApp;
  let db: DataSource;
  let admin: Tokens;
  let rep: Tokens;
  let partner: Tokens;
  let viewer: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    [admin, rep, partner, viewer] = await signInAll(t, 'admin rep1 partner viewer');
  });
  afterAll(() => t.app.close());

  /** A user of their own, so that no other test's layout is theirs. */
  const freshUser = (roles: string[] = ['sales_rep'], extra: { dealerOrgId?: string } = {}) =>
    newUser(t, admin, { roles, ...extra });

  const mine = async (who: Tokens, page = 'customer-360') =>
    (await t.as(who).get(`${MINE}/${page}`).expect(200)).body as LayoutBody;

  const customField = async (fields: Record<string, unknown> = {}) => {
    const key = `f_${randomBytes(4).toString('hex')}`;
    await t
      .as(admin)
      .post('/api/v1/custom-fields')
      .send({
        recordType: 'customer',
        key,
        type: 'text',
        label: { zh: '字段', en: 'Field' },
        ...fields,
      })
      .expect(201);
    return key;
  };

  describe('a user’s own layout', () => {
    it('without any layout stored, a page shows the built-in layout (version 0)', async () => {
      const user = await freshUser();
      expect(await mine(user)).toEqual({
        page: 'customer-360',
        source: 'built-in',
        role: null,
        version: 0,
        panels: [],
        profileFields: null,
        columns: null,
        updatedAt: null,
      });
    });

    it('a saved layout is what the page shows from then on, on any sign-in, and only for its user', async () => {
      const user = await freshUser();
      const saved = await t
        .as(user)
        .put(`${MINE}/customer-360`)
        .send({
          panels: [
            panel('timeline'),
            panel('profile', { collapsed: true }),
            panel('tags', { hidden: true }),
          ],
          profileFields: ['phones', 'owner'],
        })
        .expect(200);
      expect(saved.headers.etag).toBe('"1"');
      expect(saved.body).toMatchObject({
        source: 'user',
        version: 1,
        panels: [
          panel('timeline'),
          panel('profile', { collapsed: true }),
          panel('tags', { hidden: true }),
        ],
        profileFields: ['phones', 'owner'],
        columns: null,
      });

      const again = await newSignIn(user);
      expect(await mine(again)).toEqual(saved.body);
      expect((await mine(await freshUser())).source).toBe('built-in');
      expect((await mine(user, 'lead-detail')).source).toBe('built-in');
    });

    it('an API key has no layouts, even an admin key with every scope', async () => {
      const created = await t
        .as(admin)
        .post('/api/v1/api-keys')
        .send({ name: 'Layout probe', role: 'admin', scopes: ['*'] })
        .expect(201);
      const key = created.body.key as string;
      await t.http().get(`${MINE}/customer-360`).set('X-API-Key', key).expect(403);
      await t
        .http()
        .put(`${MINE}/customer-360`)
        .set('X-API-Key', key)
        .send({ panels: [] })
        .expect(403);
      const [row] = await db.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM page_layouts WHERE user_id = $1',
        [created.body.id],
      );
      expect(row.count).toBe(0);
    });

    it('list pages keep columns', async () => {
      const user = await freshUser();
      await t
        .as(user)
        .put(`${MINE}/customer-list`)
        .send({ panels: [], columns: ['number', 'name', 'phone'] })
        .expect(200);
      expect((await mine(user, 'customer-list')).columns).toEqual(['number', 'name', 'phone']);
    });

    it('a write with a stale If-Match is refused with 412 and changes nothing', async () => {
      const user = await freshUser();
      const put = (version: string, key: string) =>
        t
          .as(user)
          .put(`${MINE}/lead-detail`)
          .set('If-Match', version)
          .send({ panels: [panel(key)] });
      await put('"1"', 'profile').expect(412);
      await put('"0"', 'profile').expect(200);
      await put('"0"', 'timeline').expect(412);
      await put('"1"', 'tasks').expect(200);
      await put('"1"', 'timeline').expect(412);
      const stored = await mine(user, 'lead-detail');
      expect({ version: stored.version, panels: stored.panels }).toEqual({
        version: 2,
        panels: [panel('tasks')],
      });
    });

    it('two first saves at once: one is stored, the other gets 412', async () => {
      const user = await freshUser();
      const statuses = await Promise.all(
        ['a', 'b', 'c', 'd'].map(async (key) => {
          const response = await t
            .as(user)
            .put(`${MINE}/customer-360`)
            .set('If-Match', '"0"')
            .send({ panels: [panel(key)] });
          return response.status;
        }),
      );
      expect(statuses.sort()).toEqual([200, 412, 412, 412]);
      const [row] = await db.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM page_layouts WHERE user_id = $1',
        [user.user.id],
      );
      expect(row.count).toBe(1);
    });

    it('a reset brings back the role default; resetting nothing is not an error', async () => {
      const user = await freshUser(['marketer']);
      await t
        .as(admin)
        .put(`${DEFAULTS}/lead-detail`)
        .query({ role: 'marketer' })
        .send({ panels: [panel('timeline')] })
        .expect(200);
      await t
        .as(user)
        .put(`${MINE}/lead-detail`)
        .send({ panels: [panel('profile')] })
        .expect(200);
      await t.as(user).delete(`${MINE}/lead-detail`).set('If-Match', '"1"').expect(204);
      expect(await mine(user, 'lead-detail')).toMatchObject({
        source: 'role',
        role: 'marketer',
        version: 0,
        panels: [panel('timeline')],
      });
      await t.as(user).delete(`${MINE}/lead-detail`).expect(204);
      await t.as(user).delete(`${MINE}/lead-detail`).set('If-Match', '"3"').expect(412);
    });

    it('every save and reset is audited with old and new values', async () => {
      const user = await freshUser();
      await t
        .as(user)
        .put(`${MINE}/customer-360`)
        .send({ panels: [panel('profile')] })
        .expect(200);
      await t
        .as(user)
        .put(`${MINE}/customer-360`)
        .send({ panels: [panel('profile', { hidden: true })] })
        .expect(200);
      const [stored] = await db.query<Array<{ id: string }>>(
        "SELECT id FROM page_layouts WHERE user_id = $1 AND page = 'customer-360'",
        [user.user.id],
      );
      await t.as(user).delete(`${MINE}/customer-360`).expect(204);
      const audit = await t
        .as(admin)
        .get('/api/v1/audit')
        .query({ entity: 'page-layout', entityId: stored.id })
        .expect(200);
      const entries = audit.body.items as Array<{
        action: string;
        actorId: string;
        changes: Record<string, { from: unknown; to: unknown }>;
      }>;
      expect(entries.map((entry) => entry.action).sort()).toEqual(['create', 'delete', 'update']);
      expect(entries.every((entry) => entry.actorId === user.user.id)).toBe(true);
      expect(entries.find((entry) => entry.action === 'update')?.changes).toEqual({
        panels: { from: [panel('profile')], to: [panel('profile', { hidden: true })] },
      });
    });
  });

  describe('refused input', () => {
    const put = (who: Tokens, page: string, body: unknown) =>
      t
        .as(who)
        .put(`${MINE}/${page}`)
        .send(body as object);

    it.each([
      ['an unknown page', 'customer-map', { panels: [] }, 'page'],
      ['an unknown property', 'customer-360', { panels: [], colour: 'red' }, 'colour'],
      [
        'an unknown panel property',
        'customer-360',
        { panels: [{ ...panel('a'), width: 2 }] },
        'panels.0.width',
      ],
      [
        'a panel without its flags',
        'customer-360',
        { panels: [{ key: 'a' }] },
        'panels.0.collapsed',
      ],
      ['a malformed panel key', 'customer-360', { panels: [panel('Tab 1')] }, 'panels[0].key'],
      ['a panel twice', 'customer-360', { panels: [panel('a'), panel('a')] }, 'panels[1].key'],
      [
        'a field the page does not have',
        'customer-360',
        { panels: [], profileFields: ['salary'] },
        'profileFields[0]',
      ],
      [
        'a field of another page',
        'lead-detail',
        { panels: [], profileFields: ['taxId'] },
        'profileFields[0]',
      ],
      [
        'an unknown custom field',
        'customer-360',
        { panels: [], profileFields: ['cf.nothing'] },
        'profileFields[0]',
      ],
      ['columns on a record page', 'customer-360', { panels: [], columns: ['name'] }, 'columns'],
      ['panels on a list page', 'lead-list', { panels: [panel('a')] }, 'panels'],
      ['no panels', 'customer-360', {}, 'panels'],
    ])('%s → 400 naming it, nothing stored', async (_case, page, body, field) => {
      const user = await freshUser();
      const response = await put(user, page, body).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const fields = (response.body.errors as Array<{ field: string }> | undefined)?.map(
        (error) => error.field,
      );
      expect(fields?.some((named) => named === field || named.startsWith(field))).toBe(true);
      const [row] = await db.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM page_layouts WHERE user_id = $1',
        [user.user.id],
      );
      expect(row.count).toBe(0);
    });

    it('a role default needs a known role', async () => {
      await t.as(admin).get(`${DEFAULTS}/customer-360`).expect(400);
      await t.as(admin).get(`${DEFAULTS}/customer-360`).query({ role: 'boss' }).expect(400);
    });
  });

  describe('fields the user may not read', () => {
    it('a channel partner may not choose financial fields, and does not see them in a default', async () => {
      await put400(partner, ['phones', 'creditLimit'], 'profileFields[1]');
      await t
        .as(admin)
        .put(`${DEFAULTS}/customer-360`)
        .query({ role: 'channel_partner' })
        .send({ panels: [], profileFields: ['phones', 'creditLimit', 'owner'] })
        .expect(200);
      expect(await mine(partner)).toMatchObject({
        source: 'role',
        role: 'channel_partner',
        profileFields: ['phones', 'owner'],
      });
    });

    it('a custom field hidden from the user is refused like an unknown one, a visible one is kept', async () => {
      const hidden = await customField({ hiddenFromRoles: ['viewer'] });
      const visible = await customField();
      const unknown = await put400(viewer, [`cf.${hidden}`], 'profileFields[0]');
      const none = await put400(viewer, ['cf.no_such_field'], 'profileFields[0]');
      expect(unknown.body.errors[0].message).toBe(
        none.body.errors[0].message.replace('cf.no_such_field', `cf.${hidden}`),
      );
      const user = await freshUser(['viewer']);
      await t
        .as(user)
        .put(`${MINE}/customer-360`)
        .send({ panels: [], profileFields: ['phones', `cf.${visible}`] })
        .expect(200);
      expect((await mine(user)).profileFields).toEqual(['phones', `cf.${visible}`]);
    });

    it('a deleted custom field leaves the layouts that chose it', async () => {
      const key = await customField();
      const user = await freshUser();
      await t
        .as(user)
        .put(`${MINE}/customer-360`)
        .send({ panels: [], profileFields: [`cf.${key}`, 'phones'] })
        .expect(200);
      const [field] = await db.query<Array<{ id: string }>>(
        'SELECT id FROM custom_field_definitions WHERE key = $1',
        [key],
      );
      await t.as(admin).delete(`/api/v1/custom-fields/${field.id}`).expect(204);
      expect((await mine(user)).profileFields).toEqual(['phones']);
    });

    async function put400(who: Tokens, profileFields: string[], field: string) {
      const response = await t
        .as(who)
        .put(`${MINE}/customer-360`)
        .send({ panels: [], profileFields })
        .expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
      return response;
    }
  });

  describe('role defaults', () => {
    it('only an admin reads or sets a role default', async () => {
      for (const who of [rep, partner, viewer]) {
        await t.as(who).get(`${DEFAULTS}/customer-360`).query({ role: 'viewer' }).expect(403);
        await t
          .as(who)
          .put(`${DEFAULTS}/customer-360`)
          .query({ role: 'viewer' })
          .send({ panels: [] })
          .expect(403);
        await t.as(who).delete(`${DEFAULTS}/customer-360`).query({ role: 'viewer' }).expect(403);
      }
      const [row] = await db.query<Array<{ count: number }>>(
        "SELECT count(*)::int AS count FROM page_layouts WHERE role = 'viewer'",
      );
      expect(row.count).toBe(0);
    });

    it('a user gets the default of their first role (admin … viewer) that has one', async () => {
      const page = 'lead-list';
      const setDefault = (role: string, columns: string[]) =>
        t
          .as(admin)
          .put(`${DEFAULTS}/${page}`)
          .query({ role })
          .send({ panels: [], columns })
          .expect(200);
      await setDefault('viewer', ['name']);
      const both = await freshUser(['viewer', 'service_agent']);
      expect(await mine(both, page)).toMatchObject({
        source: 'role',
        role: 'viewer',
        columns: ['name'],
      });
      await setDefault('service_agent', ['name', 'status']);
      expect(await mine(both, page)).toMatchObject({
        source: 'role',
        role: 'service_agent',
        columns: ['name', 'status'],
      });
      await t.as(admin).delete(`${DEFAULTS}/${page}`).query({ role: 'service_agent' }).expect(204);
      expect((await mine(both, page)).role).toBe('viewer');
    });

    it('an admin reads a default with its version and replaces it under If-Match', async () => {
      const read = () =>
        t.as(admin).get(`${DEFAULTS}/customer-list`).query({ role: 'sales_manager' }).expect(200);
      expect((await read()).body).toMatchObject({ source: 'built-in', version: 0 });
      const write = (version: string, columns: string[]) =>
        t
          .as(admin)
          .put(`${DEFAULTS}/customer-list`)
          .query({ role: 'sales_manager' })
          .set('If-Match', version)
          .send({ panels: [], columns });
      await write('"0"', ['name']).expect(200);
      await write('"0"', ['number']).expect(412);
      const current = await read();
      expect(current.headers.etag).toBe('"1"');
      expect(current.body).toMatchObject({
        source: 'role',
        role: 'sales_manager',
        columns: ['name'],
      });
    });
  });

  async function newSignIn(user: Tokens & { email: string; password: string }): Promise<Tokens> {
    const response = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: user.password })
      .expect(200);
    return response.body as Tokens;
  }
});
