import { bearer, DEMO_EMAILS, signIn, type Tokens } from './factories/auth.factory';
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
    const response = await t.http().get(`/api/v1/customers/${id}`).set(bearer(rep1)).expect(200);
    return { on: response.body.nextFollowUpOn as string | null, version: response.body.version };
  };
  const newTask = async (customerId: string, dueAt: string | null) =>
    (
      await t
        .http()
        .post('/api/v1/tasks')
        .set(bearer(rep1))
        .send({ title: '跟进', customerId, ...(dueAt ? { dueAt } : {}) })
        .expect(201)
    ).body as { id: string; version: number };
  const patchTask = (id: string, body: object) =>
    t.http().patch(`/api/v1/tasks/${id}`).set(bearer(rep1)).send(body).expect(200);

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

    await t.http().delete(`/api/v1/tasks/${later.id}`).set(bearer(rep1)).expect(204);
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-04-01');
    await t.http().post(`/api/v1/tasks/${later.id}/restore`).set(bearer(admin)).expect(200);
    expect((await nextFollowUpOf(customer.id)).on).toBe('2030-03-11');

    await patchTask(later.id, { status: 'cancelled' });
    await patchTask(sooner.id, { status: 'done' });
    const after = await nextFollowUpOf(customer.id);
    expect(after.on).toBeNull();
    // Not an edit of the customer: its version stays.
    expect(after.version).toBe(customer.version);
  });
});
