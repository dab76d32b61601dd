import { signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer } from './factories/customer.factory';
import { createTestApp, type TestApp } from './support/test-app';

const BUILT_IN = {
  parent: '5e1a7e00-0000-4000-8000-000000000001',
  holding: '5e1a7e00-0000-4000-8000-000000000002',
  employment: '5e1a7e00-0000-4000-8000-000000000003',
  family: '5e1a7e00-0000-4000-8000-000000000004',
} as const;

interface GraphNode {
  id: string;
  readable: boolean;
  name?: string;
  number?: string;
  kind?: string;
}

interface GraphEdge {
  id: string;
  fromId: string;
  toId: string;
  typeId: string;
  label: { zh: string; en: string };
  percentage: string | null;
}

describe('relationships', () => {
  let t: TestApp;
  let admin: Tokens, rep1: Tokens, rep2: Tokens, viewer: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, rep1, rep2, viewer] = await signInAll(t, 'admin rep1 rep2 viewer');
  });
  afterAll(() => t.app.close());

  const company = (as: Tokens, fields: Record<string, unknown> = {}) => newCustomer(t, as, fields);
  const person = (as: Tokens, fields: Record<string, unknown> = {}) =>
    newCustomer(t, as, { kind: 'person', name: '张伟', ...fields });

  function relate(as: Tokens, fromId: string, body: Record<string, unknown>) {
    return t.as(as).post(`/api/v1/customers/${fromId}/relationships`).send(body);
  }

  /** `fromId` holds `percentage` of `toId`. */
  function hold(as: Tokens, fromId: string, toId: string, percentage: string | number) {
    return relate(as, fromId, { toId, typeId: BUILT_IN.holding, percentage });
  }

  async function graph(as: Tokens, id: string, depth?: number) {
    const response = await t
      .as(as)
      .get(`/api/v1/customers/${id}/relationships`)
      .query(depth === undefined ? {} : { depth })
      .expect(200);
    return response.body as { rootId: string; nodes: GraphNode[]; edges: GraphEdge[] };
  }

  async function timelineKinds(as: Tokens, id: string) {
    const response = await t.as(as).get(`/api/v1/customers/${id}/timeline`).expect(200);
    return response.body.items as Array<{ kind: string; details: Record<string, unknown> }>;
  }

  describe('relationship types', () => {
    it('the built-in types come with fixed ids, and anyone who reads customers reads them', async () => {
      const list = await t
        .as(viewer)
        .get('/api/v1/relationship-types')
        .query({ limit: 200 })
        .expect(200);
      const byKey = Object.fromEntries(
        (list.body.items as Array<{ key: string; id: string }>).map((type) => [type.key, type]),
      );
      for (const [key, id] of Object.entries(BUILT_IN))
        expect(byKey[key]).toMatchObject({ id, builtIn: true });
      expect(byKey.holding).toMatchObject({
        name: { zh: '控股', en: 'Holds shares in' },
        inverseName: { zh: '被控股', en: 'Shares held by' },
        fromKind: 'any',
        toKind: 'company',
        hasPercentage: true,
      });
      expect(byKey.family).toMatchObject({ symmetric: true, fromKind: 'person', toKind: 'person' });
    });

    it('only an admin defines types; built-in ones cannot be deleted', async () => {
      const key = `supplier-${Date.now()}`;
      const body = {
        key,
        name: { zh: '供应商', en: 'Supplier of' },
        inverseName: { zh: '客户', en: 'Customer of' },
        fromKind: 'company',
        toKind: 'company',
      };
      await t.as(rep1).post('/api/v1/relationship-types').send(body).expect(403);
      const created = await t.as(admin).post('/api/v1/relationship-types').send(body).expect(201);
      expect(created.headers.location).toBe(`/api/v1/relationship-types/${created.body.id}`);
      expect(created.body).toMatchObject({ key, builtIn: false, version: 1 });
      await t.as(admin).post('/api/v1/relationship-types').send(body).expect(409);
      const renamed = await t
        .as(admin)
        .patch(`/api/v1/relationship-types/${created.body.id}`)
        .set('If-Match', '"1"')
        .send({ name: { zh: '供货商', en: 'Supplies' } })
        .expect(200);
      expect(renamed.body).toMatchObject({ name: { zh: '供货商', en: 'Supplies' }, version: 2 });
      await t
        .as(admin)
        .patch(`/api/v1/relationship-types/${created.body.id}`)
        .send({ fromKind: 'person' })
        .expect(400);
      await t.as(admin).delete(`/api/v1/relationship-types/${BUILT_IN.parent}`).expect(409);
      await t.as(admin).delete(`/api/v1/relationship-types/${created.body.id}`).expect(204);
      await t.as(admin).get(`/api/v1/relationship-types/${created.body.id}`).expect(404);
    });

    it('a symmetric type joins one kind, and a directed one needs an inverse name', async () => {
      const base = { name: { zh: '合伙人', en: 'Partner' }, fromKind: 'person' };
      const asymmetric = await t
        .as(admin)
        .post('/api/v1/relationship-types')
        .send({ ...base, key: `partner-a-${Date.now()}`, toKind: 'company', symmetric: true })
        .expect(400);
      expect(asymmetric.body.errors.map((e: { field: string }) => e.field)).toEqual(['toKind']);
      const noInverse = await t
        .as(admin)
        .post('/api/v1/relationship-types')
        .send({ ...base, key: `partner-b-${Date.now()}`, toKind: 'person' })
        .expect(400);
      expect(noInverse.body.errors.map((e: { field: string }) => e.field)).toEqual(['inverseName']);
    });

    it('a type still in use cannot be deleted', async () => {
      const type = await t
        .as(admin)
        .post('/api/v1/relationship-types')
        .send({
          key: `alliance-${Date.now()}`,
          name: { zh: '联盟', en: 'Ally' },
          fromKind: 'company',
          toKind: 'company',
          symmetric: true,
        })
        .expect(201);
      const [a, b] = await Promise.all([company(admin), company(admin)]);
      await relate(admin, a.id, { toId: b.id, typeId: type.body.id }).expect(201);
      await t.as(admin).delete(`/api/v1/relationship-types/${type.body.id}`).expect(409);
    });
  });

  describe('rules', () => {
    it('a customer cannot be related to itself (400)', async () => {
      const a = await company(rep1);
      const response = await relate(rep1, a.id, { toId: a.id, typeId: BUILT_IN.parent }).expect(
        400,
      );
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['toId']);
    });

    it('the same edge twice is a conflict (409), for a symmetric type in either direction', async () => {
      const [a, b] = await Promise.all([company(rep1), company(rep1)]);
      const first = await relate(rep1, a.id, { toId: b.id, typeId: BUILT_IN.parent }).expect(201);
      const again = await relate(rep1, a.id, { toId: b.id, typeId: BUILT_IN.parent }).expect(409);
      expect(again.body.relationshipId).toBe(first.body.id);
      // The other direction of a directed type is another edge.
      await relate(rep1, b.id, { toId: a.id, typeId: BUILT_IN.holding }).expect(201);

      const [p, q] = await Promise.all([person(rep1), person(rep1)]);
      await relate(rep1, p.id, { toId: q.id, typeId: BUILT_IN.family }).expect(201);
      await relate(rep1, q.id, { toId: p.id, typeId: BUILT_IN.family }).expect(409);
    });

    it('concurrent adds of one edge create it once', async () => {
      const [a, b] = await Promise.all([company(rep1), company(rep1)]);
      const responses = await Promise.all(
        Array.from({ length: 6 }, () =>
          relate(rep1, a.id, { toId: b.id, typeId: BUILT_IN.parent }),
        ),
      );
      expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
      expect(responses.filter((r) => r.status === 409)).toHaveLength(5);
    });

    it('ends must be of the kinds the type joins (400)', async () => {
      const [a, b, p] = await Promise.all([company(rep1), company(rep1), person(rep1)]);
      const wrong = await relate(rep1, a.id, { toId: b.id, typeId: BUILT_IN.employment }).expect(
        400,
      );
      expect(wrong.body.errors.map((e: { field: string }) => e.field)).toEqual(['typeId']);
      await relate(rep1, a.id, { toId: p.id, typeId: BUILT_IN.family }).expect(400);
      await relate(rep1, p.id, { toId: a.id, typeId: BUILT_IN.parent }).expect(400);
      const employed = await relate(rep1, p.id, {
        toId: a.id,
        typeId: BUILT_IN.employment,
        title: '财务总监',
        startsOn: '2021-03-01',
      }).expect(201);
      expect(employed.body).toMatchObject({
        fromId: p.id,
        toId: a.id,
        typeKey: 'employment',
        title: '财务总监',
        startsOn: '2021-03-01',
        endsOn: null,
        label: { zh: '任职于', en: 'Works at' },
        inverseLabel: { zh: '雇员', en: 'Employee' },
      });
    });

    it('details the type does not have, and unknown types, are refused (400)', async () => {
      const [a, b] = await Promise.all([company(rep1), company(rep1)]);
      const response = await relate(rep1, a.id, {
        toId: b.id,
        typeId: BUILT_IN.parent,
        percentage: '10',
        title: 'x',
      }).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'percentage',
        'title',
      ]);
      await relate(rep1, a.id, {
        toId: b.id,
        typeId: '7f000000-0000-4000-8000-000000000000',
      }).expect(400);
      await hold(rep1, a.id, b.id, '101').expect(400);
      await hold(rep1, a.id, b.id, 50).expect(400);
    });

    it('holdings into one company add up to at most 100 % (409 beyond)', async () => {
      const [target, h1, h2, h3] = await Promise.all([
        company(rep1),
        company(rep1),
        company(rep1),
        person(rep1),
      ]);
      await hold(rep1, h1.id, target.id, '60').expect(201);
      const second = await hold(rep1, h2.id, target.id, '40.00').expect(201);
      expect(second.body.percentage).toBe('40.00');
      await hold(rep1, h3.id, target.id, '0.01').expect(409);
      // A holding of unknown size does not count.
      await relate(rep1, h3.id, { toId: target.id, typeId: BUILT_IN.holding }).expect(201);
      await t
        .as(rep1)
        .patch(`/api/v1/relationships/${second.body.id}`)
        .send({ percentage: '40.5' })
        .expect(409);
      const lowered = await t
        .as(rep1)
        .patch(`/api/v1/relationships/${second.body.id}`)
        .send({ percentage: '35' })
        .expect(200);
      expect(lowered.body).toMatchObject({ percentage: '35.00', version: 2 });
    });

    it('concurrent holdings cannot together pass 100 %', async () => {
      const target = await company(rep1);
      const holders = await Promise.all(Array.from({ length: 4 }, () => company(rep1)));
      const responses = await Promise.all(
        holders.map((holder) => hold(rep1, holder.id, target.id, '30')),
      );
      expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
      expect(responses.filter((r) => r.status === 409)).toHaveLength(1);
    });
  });

  describe('the graph', () => {
    it('lists edges from both ends, and shows customers rep2 may not read as { id, readable: false } only', async () => {
      const a = await company(rep1, { sharedWithTeam: true });
      const parentCo = await company(rep1, { sharedWithTeam: true });
      const holder = await company(rep1, { sharedWithTeam: true });
      const hidden = await person(rep1, { name: `隐藏的人 ${Date.now()}` });
      const beyond = await person(rep1, { sharedWithTeam: true });
      const parent = await relate(rep1, a.id, {
        toId: parentCo.id,
        typeId: BUILT_IN.parent,
      }).expect(201);
      const holding = await hold(rep1, holder.id, a.id, '30').expect(201);
      const employment = await relate(rep1, hidden.id, {
        toId: parentCo.id,
        typeId: BUILT_IN.employment,
        title: 'CEO',
      }).expect(201);
      await relate(rep1, hidden.id, { toId: beyond.id, typeId: BUILT_IN.family }).expect(201);

      const near = await graph(rep2, a.id);
      expect(near.rootId).toBe(a.id);
      expect(near.nodes.map((node) => node.id)).toEqual([a.id, ...[parentCo.id, holder.id].sort()]);
      expect(near.edges.map((edge) => edge.id).sort()).toEqual(
        [parent.body.id, holding.body.id].sort(),
      );

      const seenByRep2 = await graph(rep2, a.id, 2);
      const hiddenNode = seenByRep2.nodes.find((node) => node.id === hidden.id);
      expect(hiddenNode).toEqual({ id: hidden.id, readable: false });
      expect(JSON.stringify(seenByRep2)).not.toContain(hidden.name);
      expect(JSON.stringify(seenByRep2)).not.toContain(hidden.number);
      expect(seenByRep2.nodes.find((node) => node.id === a.id)).toEqual({
        id: a.id,
        readable: true,
        number: a.number,
        name: a.name,
        kind: 'company',
      });
      expect(seenByRep2.edges.map((edge) => edge.id).sort()).toEqual(
        [parent.body.id, holding.body.id, employment.body.id].sort(),
      );
      expect(seenByRep2.edges.find((edge) => edge.id === holding.body.id)).toMatchObject({
        fromId: holder.id,
        toId: a.id,
        typeId: BUILT_IN.holding,
        label: { zh: '控股', en: 'Holds shares in' },
        percentage: '30.00',
      });
      // A hidden customer is a dead end: its own relationships stay hidden.
      const farByRep2 = await graph(rep2, a.id, 3);
      expect(farByRep2.nodes.map((node) => node.id)).not.toContain(beyond.id);

      const seenByRep1 = await graph(rep1, a.id, 3);
      expect(seenByRep1.nodes.find((node) => node.id === hidden.id)).toMatchObject({
        readable: true,
        name: hidden.name,
      });
      expect(seenByRep1.nodes.map((node) => node.id)).toContain(beyond.id);
    });

    it('a cycle ends, and each customer appears once', async () => {
      const [a, b, c] = await Promise.all([company(rep1), company(rep1), company(rep1)]);
      await relate(rep1, a.id, { toId: b.id, typeId: BUILT_IN.parent }).expect(201);
      await relate(rep1, b.id, { toId: c.id, typeId: BUILT_IN.parent }).expect(201);
      await relate(rep1, c.id, { toId: a.id, typeId: BUILT_IN.parent }).expect(201);
      const found = await graph(rep1, a.id, 3);
      expect(found.nodes.map((node) => node.id).sort()).toEqual([a.id, b.id, c.id].sort());
      expect(found.edges).toHaveLength(3);
    });

    it('depth is 1 to 3, and a customer the caller cannot read answers 404', async () => {
      const a = await company(rep1);
      await t
        .as(rep1)
        .get(`/api/v1/customers/${a.id}/relationships`)
        .query({ depth: 4 })
        .expect(400);
      await t.as(rep2).get(`/api/v1/customers/${a.id}/relationships`).expect(404);
    });
  });

  describe('who may write', () => {
    it('rep2 cannot relate rep1’s unshared customer, nor relate to one they cannot read (404)', async () => {
      const unshared = await company(rep1);
      const shared = await company(rep1, { sharedWithTeam: true });
      const own = await company(rep2);
      await relate(rep2, unshared.id, { toId: own.id, typeId: BUILT_IN.parent }).expect(404);
      await relate(rep2, own.id, { toId: unshared.id, typeId: BUILT_IN.parent }).expect(404);
      await relate(rep2, own.id, { toId: shared.id, typeId: BUILT_IN.parent }).expect(201);
      await relate(viewer, shared.id, { toId: own.id, typeId: BUILT_IN.parent }).expect(403);
    });

    it('changing an edge needs update on the from-customer and read on the to-customer', async () => {
      const shared = await company(rep1, { sharedWithTeam: true });
      const unshared = await company(rep1);
      const edge = await relate(rep1, shared.id, {
        toId: unshared.id,
        typeId: BUILT_IN.parent,
      }).expect(201);
      // rep2 sees the edge from the shared customer but cannot read its other end.
      await t
        .as(rep2)
        .patch(`/api/v1/relationships/${edge.body.id}`)
        .send({ note: 'x' })
        .expect(403);
      await t.as(rep2).delete(`/api/v1/relationships/${edge.body.id}`).expect(403);
      const other = await company(rep1);
      const invisible = await relate(rep1, unshared.id, {
        toId: other.id,
        typeId: BUILT_IN.parent,
      }).expect(201);
      await t.as(rep2).delete(`/api/v1/relationships/${invisible.body.id}`).expect(404);
      await t.as(rep2).get(`/api/v1/relationships/${invisible.body.id}`).expect(404);
    });
  });

  describe('restore', () => {
    it('a deleted relationship comes back, unless the same edge was added again (409)', async () => {
      const [a, b] = await Promise.all([company(rep1), company(rep1)]);
      const edge = await relate(rep1, a.id, { toId: b.id, typeId: BUILT_IN.parent }).expect(201);
      await t.as(rep1).delete(`/api/v1/relationships/${edge.body.id}`).expect(204);
      const restored = await t
        .as(rep1)
        .post(`/api/v1/relationships/${edge.body.id}/restore`)
        .expect(200);
      expect(restored.body).toMatchObject({ id: edge.body.id, version: 3 });
      expect((await graph(rep1, b.id)).edges.map((e) => e.id)).toEqual([edge.body.id]);
      expect((await timelineKinds(rep1, b.id)).map((event) => event.kind)).toEqual([
        'relationship-added',
        'relationship-removed',
        'relationship-added',
        'created',
      ]);

      await t.as(rep1).delete(`/api/v1/relationships/${edge.body.id}`).expect(204);
      await relate(rep1, a.id, { toId: b.id, typeId: BUILT_IN.parent }).expect(201);
      await t.as(rep1).post(`/api/v1/relationships/${edge.body.id}/restore`).expect(409);
      await t.as(rep2).post(`/api/v1/relationships/${edge.body.id}/restore`).expect(404);
    });
  });

  describe('merge', () => {
    const merge = (targetId: string, sourceId: string) =>
      t.as(admin).post(`/api/v1/customers/${targetId}/merge`).send({ sourceId }).expect(200);

    it('the survivor takes over the duplicate’s relationships, without self-edges or doubles', async () => {
      const [source, target, x, y] = await Promise.all([
        company(admin),
        company(admin),
        company(admin),
        company(admin),
      ]);
      const kept = await relate(admin, target.id, { toId: x.id, typeId: BUILT_IN.parent }).expect(
        201,
      );
      await relate(admin, source.id, { toId: x.id, typeId: BUILT_IN.parent }).expect(201);
      await hold(admin, source.id, target.id, '10').expect(201);
      const moved = await hold(admin, y.id, source.id, '20').expect(201);

      await merge(target.id, source.id);

      const after = await graph(admin, target.id);
      expect(after.nodes.map((node) => node.id).sort()).toEqual([target.id, x.id, y.id].sort());
      expect(after.edges.map((edge) => [edge.id, edge.fromId, edge.toId]).sort()).toEqual(
        [
          [kept.body.id, target.id, x.id],
          [moved.body.id, y.id, target.id],
        ].sort(),
      );
    });

    it('merging two people keeps one family edge with a relative they share', async () => {
      const [source, target, relative] = await Promise.all([
        person(admin),
        person(admin),
        person(admin),
      ]);
      await relate(admin, source.id, { toId: relative.id, typeId: BUILT_IN.family }).expect(201);
      await relate(admin, relative.id, { toId: target.id, typeId: BUILT_IN.family }).expect(201);
      await relate(admin, source.id, { toId: target.id, typeId: BUILT_IN.family }).expect(201);

      await merge(target.id, source.id);

      const after = await graph(admin, target.id);
      expect(after.edges).toHaveLength(1);
      expect([after.edges[0].fromId, after.edges[0].toId].sort()).toEqual(
        [target.id, relative.id].sort(),
      );
      await relate(admin, target.id, { toId: relative.id, typeId: BUILT_IN.family }).expect(409);
    });
  });

  describe('history', () => {
    it('adding, changing and removing an edge goes on both timelines and in the audit log', async () => {
      const [p, employer] = await Promise.all([person(rep1), company(rep1)]);
      const edge = await relate(rep1, p.id, {
        toId: employer.id,
        typeId: BUILT_IN.employment,
        title: '销售',
      }).expect(201);
      expect(edge.headers.location).toBe(`/api/v1/relationships/${edge.body.id}`);
      const read = await t.as(rep1).get(`/api/v1/relationships/${edge.body.id}`).expect(200);
      expect(read.headers.etag).toBe('"1"');
      await t
        .as(rep1)
        .patch(`/api/v1/relationships/${edge.body.id}`)
        .set('If-Match', '"1"')
        .send({ title: '销售总监', endsOn: '2024-12-31' })
        .expect(200);
      await t
        .as(rep1)
        .patch(`/api/v1/relationships/${edge.body.id}`)
        .set('If-Match', '"1"')
        .send({ title: 'stale' })
        .expect(412);
      await t
        .as(rep1)
        .delete(`/api/v1/relationships/${edge.body.id}`)
        .set('If-Match', '"1"')
        .expect(412);
      await t
        .as(rep1)
        .delete(`/api/v1/relationships/${edge.body.id}`)
        .set('If-Match', '"2"')
        .expect(204);

      const personEvents = await timelineKinds(rep1, p.id);
      expect(personEvents.map((event) => event.kind)).toEqual([
        'relationship-removed',
        'relationship-changed',
        'relationship-added',
        'created',
      ]);
      expect(personEvents[2].details).toMatchObject({
        relationshipId: edge.body.id,
        otherCustomerId: employer.id,
        label: { zh: '任职于', en: 'Works at' },
      });
      const companyEvents = await timelineKinds(rep1, employer.id);
      expect(companyEvents.map((event) => event.kind)).toEqual([
        'relationship-removed',
        'relationship-changed',
        'relationship-added',
        'created',
      ]);
      expect(companyEvents[2].details).toMatchObject({
        otherCustomerId: p.id,
        label: { zh: '雇员', en: 'Employee' },
      });

      const after = await graph(rep1, p.id);
      expect(after.edges).toEqual([]);
      await t.as(rep1).get(`/api/v1/relationships/${edge.body.id}`).expect(404);

      const audit = await t
        .as(admin)
        .get('/api/v1/audit')
        .query({ entity: 'relationship', entityId: edge.body.id })
        .expect(200);
      expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
        'delete',
        'update',
        'create',
      ]);
      expect(audit.body.items[1].changes).toEqual({
        title: { from: '销售', to: '销售总监' },
        endsOn: { from: null, to: '2024-12-31' },
      });
    });
  });
});
