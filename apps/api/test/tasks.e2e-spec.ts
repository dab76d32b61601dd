import { signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('tasks', () => {
  let t: TestApp;
  let manager: Tokens, rep1: Tokens, rep2: Tokens, rep3: Tokens, viewer: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    [manager, rep1, rep2, rep3, viewer] = await signInAll(t, 'manager rep1 rep2 rep3 viewer');
  });
  afterAll(() => t.app.close());

  const post = (as: Tokens, body: object) => t.as(as).post('/api/v1/tasks').send(body);

  it('creates a task on a customer, assigned to the caller, with its parent named', async () => {
    const customer = await newCustomer(t, rep1);
    const due = new Date(Date.now() + 86_400_000).toISOString();
    const response = await post(rep1, {
      title: '回电确认报价',
      customerId: customer.id,
      dueAt: due,
      priority: 'high',
    }).expect(201);
    expect(response.headers.location).toBe(`/api/v1/tasks/${response.body.id}`);
    expect(response.body).toMatchObject({
      title: '回电确认报价',
      status: 'open',
      priority: 'high',
      dueAt: due,
      assignee: { id: rep1.user.id },
      parent: { type: 'customer', id: customer.id, name: customer.name },
    });
  });

  it('lists by due time, soonest first and undated last, page after page, within a due range', async () => {
    const customer = await newCustomer(t, rep3);
    const base = Date.UTC(2031, 0, 5, 9);
    const dues = [3, null, 1, 4, null, 2, 0].map((day) =>
      day === null ? null : new Date(base + day * 86_400_000).toISOString(),
    );
    const ids: string[] = [];
    for (const [index, dueAt] of dues.entries()) {
      const created = await post(rep3, {
        title: `due sort ${index}`,
        customerId: customer.id,
        ...(dueAt ? { dueAt } : {}),
      }).expect(201);
      ids.push(created.body.id as string);
    }
    const listed = async (sort: string, extra: Record<string, string> = {}) => {
      const seen: Array<{ id: string; dueAt: string | null }> = [];
      let cursor: string | undefined;
      do {
        const page = await t
          .as(rep3)
          .get('/api/v1/tasks')
          .query({
            customerId: customer.id,
            sort,
            limit: 2,
            ...extra,
            ...(cursor ? { cursor } : {}),
          })
          .expect(200);
        seen.push(...(page.body.items as Array<{ id: string; dueAt: string | null }>));
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    const ascending = await listed('dueAt');
    expect(ascending.map((task) => task.dueAt)).toEqual([
      ...dues.filter((due) => due !== null).sort(),
      null,
      null,
    ]);
    expect(new Set(ascending.map((task) => task.id))).toEqual(new Set(ids));
    const descending = await listed('-dueAt');
    expect(descending.map((task) => task.id)).toEqual(ascending.map((task) => task.id).reverse());

    const inRange = await listed('dueAt', {
      dueAfter: new Date(base + 86_400_000).toISOString(),
      dueBefore: new Date(base + 3 * 86_400_000).toISOString(),
    });
    expect(inRange.map((task) => task.dueAt)).toEqual([dues[2], dues[5]]);
  });

  it('needs exactly one parent the caller may read (400 otherwise)', async () => {
    const customer = await newCustomer(t, rep1);
    const lead = await newLead(t, rep1);
    await post(rep1, { title: 'x' }).expect(400);
    await post(rep1, { title: 'x', customerId: customer.id, leadId: lead.id }).expect(400);
    await post(rep3, { title: 'x', customerId: customer.id }).expect(400);
    await post(rep1, { title: 'x', leadId: lead.id, unknown: 1 }).expect(400);
    await post(rep1, { title: 'x', leadId: lead.id, priority: 'whenever' }).expect(400);
  });

  it('needs a title (400 without one, or with null)', async () => {
    const lead = await newLead(t, rep1);
    for (const body of [{ leadId: lead.id }, { title: null, leadId: lead.id }]) {
      const response = await post(rep1, body).expect(400);
      expect(new Set(response.body.errors.map((error: { field: string }) => error.field))).toEqual(
        new Set(['title']),
      );
    }
  });

  it('is visible through its parent or to its assignee, and 404 to anyone else', async () => {
    const lead = await newLead(t, rep1);
    const task = (await post(rep1, { title: 'follow up', leadId: lead.id }).expect(201)).body;
    await t.as(manager).get(`/api/v1/tasks/${task.id}`).expect(200);
    await t.as(rep2).get(`/api/v1/tasks/${task.id}`).expect(404);
    await t.as(rep3).get(`/api/v1/tasks/${task.id}`).expect(404);
    const list = await t.as(rep2).get('/api/v1/tasks?limit=200').expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(task.id);

    const handed = await post(rep1, {
      title: 'for rep2',
      leadId: lead.id,
      assigneeId: rep2.user.id,
    }).expect(201);
    await t.as(rep2).get(`/api/v1/tasks/${handed.body.id}`).expect(200);
    const mine = await t
      .as(rep2)
      .get(`/api/v1/tasks?assigneeId=${rep2.user.id}&open=true`)
      .expect(200);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(handed.body.id);
  });

  it('updates with If-Match, completes and soft-deletes', async () => {
    const customer = await newCustomer(t, rep1);
    const task = (await post(rep1, { title: 'send quote', customerId: customer.id }).expect(201))
      .body;
    await t
      .as(rep1)
      .patch(`/api/v1/tasks/${task.id}`)
      .set('If-Match', '"9"')
      .send({ status: 'done' })
      .expect(412);
    const done = await t
      .as(rep1)
      .patch(`/api/v1/tasks/${task.id}`)
      .set('If-Match', '"1"')
      .send({ status: 'done' })
      .expect(200);
    expect(done.body.completedAt).not.toBeNull();
    await t.as(rep2).patch(`/api/v1/tasks/${task.id}`).send({ title: 'x' }).expect(404);
    await t.as(viewer).delete(`/api/v1/tasks/${task.id}`).expect(403);
    await t.as(rep1).delete(`/api/v1/tasks/${task.id}`).expect(204);
    await t.as(rep1).get(`/api/v1/tasks/${task.id}`).expect(404);
  });

  it('a viewer reads tasks of records they read but cannot create them', async () => {
    const customer = await newCustomer(t, rep1);
    await post(viewer, { title: 'x', customerId: customer.id }).expect(403);
    await t.as(viewer).get('/api/v1/tasks').expect(200);
  });
});
