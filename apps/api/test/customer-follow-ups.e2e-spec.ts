import { DEMO_EMAILS, signIn, type Tokens } from './factories/auth.factory';
import { newCustomer } from './factories/customer.factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('a customer’s next follow-up follows its earliest open task', () => {
  let t: TestApp;
  let rep1: Tokens;
  let admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    rep1 = await signIn(t, 'rep1@kehu.local');
    admin = await signIn(t, DEMO_EMAILS.admin);
  });
  afterAll(() => t.app.close());

  const nextFollowUpOf = async (id: string) => {
    const response = await t.as(rep1).get(`/api/v1/customers/${id}`).expect(200);
    return { on: response.body.nextFollowUpOn as string | null, version: response.body.version };
  };
  const newTask = async (customerId: string, dueAt: string | null) =>
    (
      await t
        .as(rep1)
        .post('/api/v1/tasks')
        .send({ title: '跟进', customerId, ...(dueAt ? { dueAt } : {}) })
        .expect(201)
    ).body as { id: string; version: number };
  const patchTask = (id: string, body: object) =>
    t.as(rep1).patch(`/api/v1/tasks/${id}`).send(body).expect(200);

  it('moves on create, reschedule, complete, reopen, delete and restore', async () => {
    const customer = await newCustomer(t, rep1);
    expect((await nextFollowUpOf(customer.id)).on).toBeNull();

    // 2030-03-10 20:00 UTC is 03-11 in China: the day is China time.
    const later = await newTask(customer.id, '2030-03-10T20:00:00.000Z');
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-03-11');
    await newTask(customer.id, null);
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-03-11');

    const sooner = await newTask(customer.id, '2030-02-01T02:00:00.000Z');
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-02-01');

    await patchTask(sooner.id, { dueAt: '2030-04-01T02:00:00.000Z' });
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-03-11');

    await patchTask(later.id, { status: 'done' });
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-04-01');
    await patchTask(later.id, { status: 'open' });
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-03-11');

    await t.as(rep1).delete(`/api/v1/tasks/${later.id}`).expect(204);
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-04-01');
    await t.as(admin).post(`/api/v1/tasks/${later.id}/restore`).expect(200);
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-03-11');

    await patchTask(later.id, { status: 'cancelled' });
    await patchTask(sooner.id, { status: 'done' });
    const after = await nextFollowUpOf(customer.id);
    expect(after.on).toBeNull();
    // Not an edit of the customer: its version stays.
    expect(after.version).toBe(customer.version);
  });

  interface FollowUpTask {
    id: string;
    version: number;
    title: string;
    dueAt: string | null;
    status: string;
    assignee: { id: string } | null;
  }
  const tasksOf = async (customerId: string) =>
    (await t.as(rep1).get('/api/v1/tasks').query({ customerId, sort: 'dueAt' }).expect(200)).body
      .items as FollowUpTask[];
  const logCall = (customerId: string, body: object, language = 'zh-CN') =>
    t
      .as(rep1)
      .post(`/api/v1/customers/${customerId}/interactions`)
      .set('Accept-Language', language)
      .send({ kind: 'call', summary: '电话沟通报价', ...body });

  it('an interaction logged with a next follow-up day creates the caller’s follow-up task, which the next follow-up then follows', async () => {
    const customer = await newCustomer(t, rep1);
    await logCall(customer.id, { nextFollowUpOn: '2030-05-06' }).expect(201);
    const [task] = await tasksOf(customer.id);
    expect(await tasksOf(customer.id)).toEqual([
      expect.objectContaining({
        title: `跟进 ${customer.name}`,
        dueAt: '2030-05-06T01:00:00.000Z',
        status: 'open',
        assignee: expect.objectContaining({ id: rep1.user.id }),
      }),
    ]);
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-05-06');

    // A later task leaves it; a task change no longer loses the logged day.
    await newTask(customer.id, '2030-06-01T02:00:00.000Z');
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-05-06');
    // Done with the follow-up: the next one is the other task's day.
    await patchTask(task.id, { status: 'done' });
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-06-01');

    // A follow-up day later than an open task's: the earlier task stays the next follow-up.
    await logCall(customer.id, { nextFollowUpOn: '2030-07-01' }, 'en').expect(201);
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-06-01');
    const titles = (await tasksOf(customer.id)).map((item) => item.title);
    expect(titles).toContain(`Follow up with ${customer.name}`);

    // Without a follow-up day, no task.
    await logCall(customer.id, {}).expect(201);
    expect(await tasksOf(customer.id)).toHaveLength(3);
  });

  it('a refused log creates no task', async () => {
    const customer = await newCustomer(t, admin);
    await logCall(customer.id, { nextFollowUpOn: '2030-05-06' }).expect(404);
    const tasks = await t
      .as(admin)
      .get('/api/v1/tasks')
      .query({ customerId: customer.id })
      .expect(200);
    expect(tasks.body.items).toEqual([]);
    const read = await t.as(admin).get(`/api/v1/customers/${customer.id}`);
    expect(read.body.nextFollowUpOn).toBeNull();
  });
});
