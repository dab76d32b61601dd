import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ChineseTagGroupNames1795714600000 } from '../src/database/migrations/1795714600000-ChineseTagGroupNames';
import { signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueMobile } from './factories/customer.factory';
import { ATTRIBUTE_GROUP_ID, newTag, tagCustomer, uniqueTagName } from './factories/tag.factory';
import { ids } from './support/ids';
import { updateThenStaleUpdate } from './support/if-match';
import { createTestApp, type TestApp } from './support/test-app';

describe('tags', () => {
  let t: TestApp;
  let admin: Tokens, rep1: Tokens, rep2: Tokens, agent: Tokens, viewer: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, rep1, rep2, agent, viewer] = await signInAll(t, 'admin rep1 rep2 agent viewer');
  });
  afterAll(() => t.app.close());

  async function customersWith(as: Tokens, query: Record<string, string | string[]>) {
    const response = await t
      .as(as)
      .get('/api/v1/customers')
      .query({ limit: 200, ...query })
      .expect(200);
    return response.body.items as Array<{ id: string; tags: Array<{ id: string }> }>;
  }

  describe('groups and tags (admin-managed)', () => {
    it('the four built-in groups come with the product and cannot be deleted', async () => {
      const groups = await t.as(rep1).get('/api/v1/tag-groups').query({ limit: 200 }).expect(200);
      const builtIn = (groups.body.items as Array<{ key: string; builtIn: boolean }>)
        .filter((group) => group.builtIn)
        .map((group) => group.key)
        .sort();
      expect(builtIn).toEqual(['attribute', 'geography', 'industry', 'purchase-history']);
      await t.as(admin).delete(`/api/v1/tag-groups/${ATTRIBUTE_GROUP_ID}`).expect(409);
    });

    it('the built-in groups are named in Chinese only, as data', async () => {
      const groups = await t.as(rep1).get('/api/v1/tag-groups').query({ limit: 200 }).expect(200);
      const builtIn = Object.fromEntries(
        (
          groups.body.items as Array<{
            key: string;
            name: string;
            description: string;
            builtIn: boolean;
          }>
        )
          .filter((group) => group.builtIn)
          .map((group) => [group.key, [group.name, group.description]]),
      );
      expect(builtIn).toEqual({
        geography: ['地域', '省份、城市、销售大区'],
        industry: ['行业', '所属行业'],
        'purchase-history': ['购买记录', '首购、复购、产品线'],
        attribute: ['属性', '重点客户、VIP、风险'],
      });
    });

    it('the migration to Chinese names goes down and up again, and keeps what an admin renamed', async () => {
      const runner = t.app.get(DataSource).createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        const names = async () =>
          Object.fromEntries(
            (
              (await runner.query(
                'SELECT "key", "name", "description" FROM "tag_groups" WHERE "built_in" ORDER BY "key"',
              )) as Array<{ key: string; name: string; description: string }>
            ).map((row) => [row.key, `${row.name} | ${row.description}`]),
          );
        const migration = new ChineseTagGroupNames1795714600000();
        await migration.down(runner);
        expect(await names()).toEqual({
          attribute: '属性 Attribute | 重点客户、VIP、风险 · Key account, VIP, risk',
          geography: '地域 Geography | 省份、城市、销售大区 · Provinces, cities, sales regions',
          industry: "行业 Industry | 所属行业 · The customer's industries",
          'purchase-history':
            '购买记录 Purchase history | 首购、复购、产品线 · First order, repeat buyer, product lines',
        });
        // An admin renamed one group and rewrote another's description before upgrading.
        await runner.query(`UPDATE "tag_groups" SET "name" = 'Branche' WHERE "key" = 'industry'`);
        await runner.query(
          `UPDATE "tag_groups" SET "description" = '我们的说明' WHERE "key" = 'attribute'`,
        );
        await migration.up(runner);
        expect(await names()).toEqual({
          attribute: '属性 | 我们的说明',
          geography: '地域 | 省份、城市、销售大区',
          industry: 'Branche | 所属行业',
          'purchase-history': '购买记录 | 首购、复购、产品线',
        });
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('an admin manages groups and tags; a sales rep reads them but may not manage them (403)', async () => {
      const created = await t
        .as(admin)
        .post('/api/v1/tag-groups')
        .send({ key: `channel-${randomUUID().slice(0, 8)}`, name: uniqueTagName('渠道') })
        .expect(201);
      expect(created.headers.location).toBe(`/api/v1/tag-groups/${created.body.id}`);
      expect(created.body.builtIn).toBe(false);
      const tag = await newTag(t, admin, { groupId: created.body.id, color: '#1677FF' });
      expect(tag.color).toBe('#1677ff');

      for (const reader of [rep1, agent, viewer]) {
        const listed = await t
          .as(reader)
          .get('/api/v1/tags')
          .query({ groupId: created.body.id })
          .expect(200);
        expect(ids(listed.body.items)).toEqual([tag.id]);
      }
      await t
        .as(rep1)
        .post('/api/v1/tags')
        .send({ groupId: created.body.id, name: uniqueTagName() })
        .expect(403);
      await t.as(rep1).patch(`/api/v1/tags/${tag.id}`).send({ name: 'renamed' }).expect(403);
      await t.as(rep1).delete(`/api/v1/tags/${tag.id}`).expect(403);
      await t.as(rep1).post('/api/v1/tag-groups').send({ key: 'nope', name: 'Nope' }).expect(403);

      // A group with live tags stays; once they are gone it can go, and come back.
      await t.as(admin).delete(`/api/v1/tag-groups/${created.body.id}`).expect(409);
      await t.as(admin).delete(`/api/v1/tags/${tag.id}`).expect(204);
      await t.as(admin).delete(`/api/v1/tag-groups/${created.body.id}`).expect(204);
      await t.as(admin).get(`/api/v1/tag-groups/${created.body.id}`).expect(404);
      await t.as(admin).post(`/api/v1/tags/${tag.id}/restore`).expect(409);
      await t.as(admin).post(`/api/v1/tag-groups/${created.body.id}/restore`).expect(200);
      await t.as(admin).post(`/api/v1/tags/${tag.id}/restore`).expect(200);

      const audit = await t
        .as(admin)
        .get('/api/v1/audit')
        .query({ entity: 'tag', entityId: tag.id })
        .expect(200);
      expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
        'restore',
        'delete',
        'create',
      ]);
    });

    it('names are unique within a group among live tags, whatever the case (409)', async () => {
      const tag = await newTag(t, admin, { name: uniqueTagName('VIP') });
      await t
        .as(admin)
        .post('/api/v1/tags')
        .send({ groupId: ATTRIBUTE_GROUP_ID, name: tag.name.toLowerCase() })
        .expect(409);
      await t.as(admin).delete(`/api/v1/tags/${tag.id}`).expect(204);
      const again = await newTag(t, admin, { name: tag.name });
      await t.as(admin).post(`/api/v1/tags/${tag.id}/restore`).expect(409);
      expect(again.name).toBe(tag.name);
    });

    it('lists with keyset cursors, a search and a group filter', async () => {
      const prefix = uniqueTagName('page');
      const created = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => newTag(t, admin, { name: `${prefix}-${n}` })),
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: Array<{ name: string }>; nextCursor: string | null } } =
          await t
            .as(rep1)
            .get('/api/v1/tags')
            .query({
              q: prefix,
              groupId: ATTRIBUTE_GROUP_ID,
              limit: 2,
              ...(cursor ? { cursor } : {}),
            })
            .expect(200);
        seen.push(...page.body.items.map((tag) => tag.name));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(created.map((tag) => tag.name));
    });

    it.each([
      [{ extra: 1 }, 'extra'],
      [{ color: 'red' }, 'color'],
      [{ name: '   ' }, 'name'],
      [{ groupId: 'not-a-uuid' }, 'groupId'],
    ])('refuses %j with 400 naming %s', async (change, field) => {
      const response = await t
        .as(admin)
        .post('/api/v1/tags')
        .send({ groupId: ATTRIBUTE_GROUP_ID, name: uniqueTagName(), ...change })
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });

    it('a tag in a group that does not exist is refused (400)', async () => {
      await t
        .as(admin)
        .post('/api/v1/tags')
        .send({ groupId: randomUUID(), name: uniqueTagName() })
        .expect(400);
    });

    it('a stale If-Match gets 412 and changes nothing', async () => {
      const tag = await newTag(t, admin);
      await updateThenStaleUpdate(
        t,
        admin,
        `/api/v1/tags/${tag.id}`,
        { color: '#00aa00' },
        { name: 'stale' },
      );
      await t.as(admin).delete(`/api/v1/tags/${tag.id}`).set('If-Match', '"1"').expect(412);
      const read = await t.as(admin).get(`/api/v1/tags/${tag.id}`).expect(200);
      expect(read.headers.etag).toBe('"2"');
      expect(read.body).toMatchObject({ name: tag.name, color: '#00aa00', version: 2 });
    });
  });

  describe('tagging customers', () => {
    it('a rep tags their own customer; the customer then carries the tags everywhere', async () => {
      const [a, b] = await Promise.all([
        newTag(t, admin, { name: uniqueTagName('a'), color: '#ff0000' }),
        newTag(t, admin, { name: uniqueTagName('b') }),
      ]);
      const customer = await newCustomer(t, rep1);
      const tagged = await tagCustomer(t, rep1, customer.id, [b.id, a.id]);
      expect(tagged.status).toBe(200);
      expect(tagged.body.tags).toEqual([
        { id: a.id, name: a.name, color: '#ff0000', groupId: ATTRIBUTE_GROUP_ID },
        { id: b.id, name: b.name, color: null, groupId: ATTRIBUTE_GROUP_ID },
      ]);
      expect(tagged.body.version).toBe(customer.version);
      const read = await t.as(rep1).get(`/api/v1/customers/${customer.id}`).expect(200);
      expect(ids(read.body.tags)).toEqual(ids([a, b]));
      const [listed] = await customersWith(rep1, { q: customer.phones[0].value });
      expect(ids(listed.tags)).toEqual(ids([a, b]));

      const replaced = await tagCustomer(t, rep1, customer.id, [b.id]);
      expect(ids(replaced.body.tags)).toEqual([b.id]);
      const audit = await t
        .as(admin)
        .get('/api/v1/audit')
        .query({ entity: 'customer', entityId: customer.id })
        .expect(200);
      expect(audit.body.items[0].changes).toEqual({
        tagIds: { from: ids([a, b]), to: [b.id] },
      });
      expect(audit.body.items[1].changes).toEqual({ tagIds: { from: [], to: ids([a, b]) } });
    });

    it('tagging needs update permission: rep2 gets 404 for rep1’s unshared customer, a service agent 403', async () => {
      const tag = await newTag(t, admin);
      const customer = await newCustomer(t, rep1);
      expect((await tagCustomer(t, rep2, customer.id, [tag.id])).status).toBe(404);
      expect((await tagCustomer(t, agent, customer.id, [tag.id])).status).toBe(403);
      const read = await t.as(rep1).get(`/api/v1/customers/${customer.id}`).expect(200);
      expect(read.body.tags).toEqual([]);
    });

    it('unknown tags and unknown fields are refused (400)', async () => {
      const customer = await newCustomer(t, rep1);
      expect((await tagCustomer(t, rep1, customer.id, [randomUUID()])).status).toBe(400);
      const response = await t
        .as(rep1)
        .put(`/api/v1/customers/${customer.id}/tags`)
        .send({ tagIds: [], replace: true })
        .expect(400);
      expect(response.body.errors[0].field).toBe('replace');
    });

    it('bulk tagging adds and removes in one request; repeating it changes nothing', async () => {
      const [a, b] = await Promise.all([newTag(t, admin), newTag(t, admin)]);
      const customers = await Promise.all([1, 2, 3].map(() => newCustomer(t, admin)));
      const customerIds = customers.map((customer) => customer.id);
      const bulk = (body: object) =>
        t.as(admin).post('/api/v1/customers/tags').send(body).expect(200);
      expect((await bulk({ customerIds, addTagIds: [a.id, b.id] })).body).toEqual({
        changed: 3,
        added: 6,
        removed: 0,
      });
      expect((await bulk({ customerIds, addTagIds: [a.id, b.id] })).body).toEqual({
        changed: 0,
        added: 0,
        removed: 0,
      });
      expect((await bulk({ customerIds, removeTagIds: [a.id] })).body).toEqual({
        changed: 3,
        added: 0,
        removed: 3,
      });
      const tagged = await customersWith(admin, { tagId: b.id });
      expect(ids(tagged)).toEqual([...customerIds].sort());
      expect(tagged.every((customer) => customer.tags.length === 1)).toBe(true);
      const audit = await t
        .as(admin)
        .get('/api/v1/audit')
        .query({ entity: 'customer', entityId: customerIds[0] })
        .expect(200);
      expect(audit.body.items[0].changes).toEqual({ tagIds: { from: ids([a, b]), to: [b.id] } });
    });

    it('bulk tagging is all or nothing: one customer the caller may not update → 403, no change', async () => {
      const tag = await newTag(t, admin);
      const own = await newCustomer(t, rep1);
      const others = await newCustomer(t, rep2);
      await t
        .as(rep1)
        .post('/api/v1/customers/tags')
        .send({ customerIds: [own.id, others.id], addTagIds: [tag.id] })
        .expect(403);
      expect(await customersWith(admin, { tagId: tag.id })).toEqual([]);
      await t
        .as(rep1)
        .post('/api/v1/customers/tags')
        .send({ customerIds: [own.id], addTagIds: [tag.id] })
        .expect(200);
      expect(ids(await customersWith(admin, { tagId: tag.id }))).toEqual([own.id]);
    });

    it.each([
      [
        'more than 1000 customers',
        { customerIds: Array.from({ length: 1001 }, () => randomUUID()), addTagIds: [] },
        'customerIds',
      ],
      ['no customers', { customerIds: [], addTagIds: [] }, 'customerIds'],
      ['no tags to add or remove', { customerIds: [randomUUID()] }, 'addTagIds'],
      [
        'an unknown field',
        { customerIds: [randomUUID()], addTagIds: [randomUUID()], tags: [] },
        'tags',
      ],
    ])('bulk tagging refuses %s with 400 naming %s', async (_case, body, field) => {
      const response = await t.as(admin).post('/api/v1/customers/tags').send(body).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });

    it('the tag filter returns only tagged customers the caller may read (tagId: all of, anyTagId: one of)', async () => {
      const [x, y, z] = await Promise.all([newTag(t, admin), newTag(t, admin), newTag(t, admin)]);
      const both = await newCustomer(t, rep1);
      const onlyX = await newCustomer(t, rep1);
      const hidden = await newCustomer(t, rep2);
      await newCustomer(t, rep1);
      await tagCustomer(t, rep1, both.id, [x.id, y.id]);
      await tagCustomer(t, rep1, onlyX.id, [x.id]);
      await tagCustomer(t, admin, hidden.id, [x.id, z.id]);

      expect(ids(await customersWith(rep1, { tagId: x.id }))).toEqual(ids([both, onlyX]));
      expect(ids(await customersWith(admin, { tagId: x.id }))).toEqual(ids([both, onlyX, hidden]));
      expect(ids(await customersWith(rep1, { tagId: [x.id, y.id] }))).toEqual([both.id]);
      expect(ids(await customersWith(admin, { anyTagId: [y.id, z.id] }))).toEqual(
        ids([both, hidden]),
      );
      expect(ids(await customersWith(rep1, { anyTagId: [y.id, z.id] }))).toEqual([both.id]);
      expect(ids(await customersWith(admin, { tagId: x.id, anyTagId: [z.id] }))).toEqual([
        hidden.id,
      ]);
      await t.as(rep1).get('/api/v1/customers').query({ tagId: 'not-a-uuid' }).expect(400);
    });

    it('a deleted tag disappears from customer responses and filters; a restore brings it back', async () => {
      const [kept, deleted] = await Promise.all([newTag(t, admin), newTag(t, admin)]);
      const customer = await newCustomer(t, admin, {
        phones: [{ type: 'mobile', value: uniqueMobile() }],
      });
      await tagCustomer(t, admin, customer.id, [kept.id, deleted.id]);
      await t.as(admin).delete(`/api/v1/tags/${deleted.id}`).expect(204);

      const read = await t.as(admin).get(`/api/v1/customers/${customer.id}`).expect(200);
      expect(ids(read.body.tags)).toEqual([kept.id]);
      expect(await customersWith(admin, { tagId: deleted.id })).toEqual([]);
      expect(await customersWith(admin, { anyTagId: [deleted.id] })).toEqual([]);
      expect((await tagCustomer(t, admin, customer.id, [deleted.id])).status).toBe(400);
      // Replacing the visible tags leaves the deleted one's link alone.
      await tagCustomer(t, admin, customer.id, [kept.id]);

      await t.as(admin).post(`/api/v1/tags/${deleted.id}/restore`).expect(200);
      const restored = await t.as(admin).get(`/api/v1/customers/${customer.id}`).expect(200);
      expect(ids(restored.body.tags)).toEqual(ids([kept, deleted]));
      expect(ids(await customersWith(admin, { tagId: deleted.id }))).toEqual([customer.id]);
    });

    it('merging two customers keeps the merged-away one’s tags on the survivor', async () => {
      const [a, b] = await Promise.all([newTag(t, admin), newTag(t, admin)]);
      const survivor = await newCustomer(t, admin);
      const duplicate = await newCustomer(t, admin);
      await tagCustomer(t, admin, survivor.id, [a.id]);
      await tagCustomer(t, admin, duplicate.id, [a.id, b.id]);
      const merged = await t
        .as(admin)
        .post(`/api/v1/customers/${survivor.id}/merge`)
        .send({ sourceId: duplicate.id })
        .expect(200);
      expect(ids(merged.body.tags)).toEqual(ids([a, b]));
      expect(ids(await customersWith(admin, { tagId: b.id }))).toEqual([survivor.id]);
    });
  });
});
