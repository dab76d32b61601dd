import { signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueMobile } from './factories/customer.factory';
import { newTag, tagCustomer } from './factories/tag.factory';
import { ids } from './support/ids';
import { updateThenStaleUpdate } from './support/if-match';
import { createTestApp, type TestApp } from './support/test-app';

describe('segments', () => {
  let t: TestApp;
  let admin: Tokens, rep1: Tokens, rep2: Tokens, marketer: Tokens, viewer: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, rep1, rep2, marketer, viewer] = await signInAll(t, 'admin rep1 rep2 marketer viewer');
  });
  afterAll(() => t.app.close());

  function uniqueIndustry(): string {
    return `industry-${uniqueMobile()}`;
  }

  async function newSegment(as: Tokens, body: Record<string, unknown>) {
    const response = await t
      .as(as)
      .post('/api/v1/segments')
      .send({ name: '高价值客户 High value', ...body });
    if (response.status !== 201)
      throw new Error(`segment not created: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; version: number; kind: string };
  }

  async function customers(as: Tokens, query: Record<string, string | string[]>) {
    const response = await t
      .as(as)
      .get('/api/v1/customers')
      .query({ limit: 200, ...query })
      .expect(200);
    return ids(response.body.items);
  }

  async function count(as: Tokens, segmentId: string): Promise<number> {
    const response = await t.as(as).get(`/api/v1/segments/${segmentId}/count`).expect(200);
    return response.body.count as number;
  }

  describe('dynamic segments', () => {
    it('its members are the customer list with the same filters, for the same caller', async () => {
      const industry = uniqueIndustry();
      const tag = await newTag(t, admin);
      const [loyal, intent, untagged, person] = await Promise.all([
        newCustomer(t, rep1, { industry, tier: 'loyal' }),
        newCustomer(t, rep2, { industry, tier: 'intent' }),
        newCustomer(t, admin, { industry, tier: 'loyal' }),
        newCustomer(t, admin, { kind: 'person', name: '王芳', industry, tier: 'loyal' }),
      ]);
      for (const customer of [loyal, intent, person])
        await tagCustomer(t, admin, customer.id, [tag.id]);
      const filter = { industry, tagId: [tag.id] };
      const segment = await newSegment(marketer, { kind: 'dynamic', filter });

      const members = await customers(marketer, { segmentId: segment.id });
      expect(members).toEqual(await customers(marketer, filter));
      expect(members).toEqual(ids([loyal, intent, person]));
      expect(members).not.toContain(untagged.id);
      expect(await count(marketer, segment.id)).toBe(3);
      // The list's own filters narrow a segment further.
      expect(await customers(marketer, { segmentId: segment.id, tier: 'loyal' })).toEqual(
        ids([loyal, person]),
      );
      expect(
        await customers(marketer, { segmentId: segment.id, kind: 'company', industry }),
      ).toEqual(ids([loyal, intent]));
    });

    it('rep2’s count and members leave out rep1’s unshared customers', async () => {
      const industry = uniqueIndustry();
      const [unshared, shared, own] = await Promise.all([
        newCustomer(t, rep1, { industry }),
        newCustomer(t, rep1, { industry, sharedWithTeam: true }),
        newCustomer(t, rep2, { industry }),
      ]);
      const segment = await newSegment(rep2, { kind: 'dynamic', filter: { industry } });
      expect(await count(rep2, segment.id)).toBe(2);
      expect(await customers(rep2, { segmentId: segment.id })).toEqual(ids([shared, own]));
      expect(await customers(rep2, { segmentId: segment.id })).toEqual(
        await customers(rep2, { industry }),
      );
      // An admin sees rep2's segment, evaluated with the admin's permissions.
      expect(await count(admin, segment.id)).toBe(3);
      expect(await customers(admin, { segmentId: segment.id })).toContain(unshared.id);
    });

    it('a search stored in the filter works beside a search in the list', async () => {
      const industry = uniqueIndustry();
      const phone = uniqueMobile();
      const found = await newCustomer(t, admin, {
        industry,
        phones: [{ type: 'mobile', value: phone }],
      });
      await newCustomer(t, admin, { industry });
      const segment = await newSegment(admin, { kind: 'dynamic', filter: { q: phone } });
      expect(await customers(admin, { segmentId: segment.id })).toEqual([found.id]);
      expect(await customers(admin, { segmentId: segment.id, q: found.name })).toEqual([found.id]);
      expect(await customers(admin, { segmentId: segment.id, q: 'no-such-customer' })).toEqual([]);
    });

    it('the stored filter is validated by the customer list’s rules (400)', async () => {
      for (const [filter, field] of [
        [{ tier: 'gold' }, 'filter.tier'],
        [{ tagId: ['not-a-uuid'] }, 'filter.tagId'],
        [{ createdFrom: 'yesterday' }, 'filter.createdFrom'],
        [{ limit: 5 }, 'filter.limit'],
        [{ segmentId: '6d0c3a52-1c8e-4b8f-9a01-000000000004' }, 'filter.segmentId'],
        [{ colour: 'blue' }, 'filter.colour'],
      ] as const) {
        const response = await t
          .as(marketer)
          .post('/api/v1/segments')
          .send({ name: 'Bad', kind: 'dynamic', filter })
          .expect(400);
        expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(
          field,
        );
      }
      await t
        .as(marketer)
        .post('/api/v1/segments')
        .send({ name: 'No filter', kind: 'dynamic' })
        .expect(400);
      await t
        .as(marketer)
        .post('/api/v1/segments')
        .send({ name: 'Extra', kind: 'dynamic', filter: {}, shared: true })
        .expect(400);
    });
  });

  describe('static segments', () => {
    it('lists exactly its members the caller may read, counted the same way', async () => {
      const [a, b, c] = await Promise.all([
        newCustomer(t, rep1),
        newCustomer(t, rep2),
        newCustomer(t, admin),
      ]);
      const segment = await newSegment(marketer, { kind: 'static' });
      const add = await t
        .as(marketer)
        .post(`/api/v1/segments/${segment.id}/members`)
        .send({ customerIds: [a.id, b.id, c.id] })
        .expect(200);
      expect(add.body).toEqual({ added: 3 });
      const again = await t
        .as(marketer)
        .post(`/api/v1/segments/${segment.id}/members`)
        .send({ customerIds: [a.id] })
        .expect(200);
      expect(again.body).toEqual({ added: 0 });
      expect(await customers(marketer, { segmentId: segment.id })).toEqual(ids([a, b, c]));
      expect(await count(marketer, segment.id)).toBe(3);

      const removed = await t
        .as(marketer)
        .delete(`/api/v1/segments/${segment.id}/members`)
        .send({ customerIds: [c.id, a.id] })
        .expect(200);
      expect(removed.body).toEqual({ removed: 2 });
      expect(await customers(marketer, { segmentId: segment.id })).toEqual([b.id]);

      // A deleted customer leaves every segment list and count.
      await t.as(admin).delete(`/api/v1/customers/${b.id}`).expect(204);
      expect(await count(marketer, segment.id)).toBe(0);

      const audit = await t
        .as(admin)
        .get('/api/v1/audit')
        .query({ entity: 'segment', entityId: segment.id })
        .expect(200);
      expect(audit.body.items[0].changes).toEqual({
        removedCustomerIds: { from: null, to: expect.arrayContaining([a.id, c.id]) },
      });
    });

    it('a rep’s own list counts only what the rep reads; adding a customer they cannot read is refused (403)', async () => {
      const own = await newCustomer(t, rep2);
      const others = await newCustomer(t, rep1);
      const segment = await newSegment(rep2, { kind: 'static' });
      await t
        .as(rep2)
        .post(`/api/v1/segments/${segment.id}/members`)
        .send({ customerIds: [own.id, others.id] })
        .expect(403);
      expect(await count(rep2, segment.id)).toBe(0);
      await t
        .as(rep2)
        .post(`/api/v1/segments/${segment.id}/members`)
        .send({ customerIds: [own.id] })
        .expect(200);
      expect(await count(rep2, segment.id)).toBe(1);
    });

    it('members belong to static segments (409 for a dynamic one); filters to dynamic ones (400)', async () => {
      const customer = await newCustomer(t, admin);
      const dynamic = await newSegment(marketer, { kind: 'dynamic', filter: { tier: 'loyal' } });
      await t
        .as(marketer)
        .post(`/api/v1/segments/${dynamic.id}/members`)
        .send({ customerIds: [customer.id] })
        .expect(409);
      await t
        .as(marketer)
        .post('/api/v1/segments')
        .send({ name: 'List', kind: 'static', filter: { tier: 'loyal' } })
        .expect(400);
      const list = await newSegment(marketer, { kind: 'static' });
      await t
        .as(marketer)
        .patch(`/api/v1/segments/${list.id}`)
        .send({ filter: { tier: 'loyal' } })
        .expect(400);
      await t
        .as(marketer)
        .post(`/api/v1/segments/${list.id}/members`)
        .send({ customerIds: Array.from({ length: 1001 }, () => customer.id) })
        .expect(400);
    });
  });

  describe('who sees segments', () => {
    it('a segment is seen by its creator, marketers and admins; anyone else gets 404', async () => {
      const segment = await newSegment(rep2, { kind: 'dynamic', filter: { tier: 'loyal' } });
      for (const reader of [rep2, marketer, admin]) {
        await t.as(reader).get(`/api/v1/segments/${segment.id}`).expect(200);
      }
      await t.as(rep1).get(`/api/v1/segments/${segment.id}`).expect(404);
      await t.as(rep1).get(`/api/v1/segments/${segment.id}/count`).expect(404);
      await t
        .as(rep1)
        .patch(`/api/v1/segments/${segment.id}`)
        .send({ name: 'Mine now' })
        .expect(404);
      await t.as(rep1).get('/api/v1/customers').query({ segmentId: segment.id }).expect(400);
      await t.as(viewer).get('/api/v1/segments').expect(403);

      const rep1List = await t.as(rep1).get('/api/v1/segments').query({ limit: 200 }).expect(200);
      expect(
        (rep1List.body.items as Array<{ ownerId: string }>).every(
          (item) => item.ownerId === rep1.user.id,
        ),
      ).toBe(true);
      const marketerList = await t
        .as(marketer)
        .get('/api/v1/segments')
        .query({ ownerId: rep2.user.id, limit: 200 })
        .expect(200);
      expect(ids(marketerList.body.items)).toContain(segment.id);
      expect(
        marketerList.body.items.find((s: { id: string }) => s.id === segment.id).owner,
      ).toEqual({ id: rep2.user.id, name: '张伟' });
    });

    it('a stale If-Match gets 412 and changes nothing', async () => {
      const segment = await newSegment(marketer, { kind: 'dynamic', filter: { tier: 'loyal' } });
      const { read } = await updateThenStaleUpdate(
        t,
        marketer,
        `/api/v1/segments/${segment.id}`,
        { filter: { tier: 'intent', region: '华东' } },
        { name: 'Stale' },
      );
      expect(read.headers.etag).toBe('"2"');
      expect(read.body).toMatchObject({
        name: '高价值客户 High value',
        kind: 'dynamic',
        version: 2,
      });
      expect(read.body.filter).toEqual({ tier: 'intent', region: '华东' });
    });

    it('a rep deletes their own segment; restoring is for marketers and admins', async () => {
      const segment = await newSegment(rep1, { kind: 'static' });
      await t.as(rep1).delete(`/api/v1/segments/${segment.id}`).expect(204);
      await t.as(rep1).get(`/api/v1/segments/${segment.id}`).expect(404);
      await t.as(rep1).post(`/api/v1/segments/${segment.id}/restore`).expect(403);
      await t.as(marketer).post(`/api/v1/segments/${segment.id}/restore`).expect(200);
      await t.as(rep1).get(`/api/v1/segments/${segment.id}`).expect(200);
    });
  });
});
