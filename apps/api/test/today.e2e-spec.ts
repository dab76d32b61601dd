import { newUser, signIn, DEMO_EMAILS, type Tokens } from './factories/auth.factory';
import { newCustomer } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { createTestApp, type TestApp } from './support/test-app';

interface TodayBody {
  date: string;
  overdueTasks: Array<{ id: string; title: string }>;
  dueTodayTasks: Array<{ id: string; title: string }>;
  leads: Array<{ id: string }>;
  customers: Array<{ id: string; overdue: boolean }>;
  counts: Record<string, number>;
}

describe('me/today', () => {
  let t: TestApp;
  let rep: Tokens;
  let other: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await signIn(t, DEMO_EMAILS.admin);
    const team = (await t.as(admin).get('/api/v1/teams')).body.items.find(
      (item: { name: string }) => item.name === 'East',
    ) as { id: string };
    rep = await newUser(t, admin, { roles: ['sales_rep'], teamIds: [team.id] });
    other = await newUser(t, admin, { roles: ['sales_rep'], teamIds: [team.id] });
  });
  afterAll(() => t.app.close());

  const at = (hoursFromNow: number) =>
    new Date(Date.now() + hoursFromNow * 3_600_000).toISOString();

  it("gathers the caller's due and overdue tasks, due leads and customers, grouped and ordered", async () => {
    const customer = await newCustomer(t, rep);
    const task = (title: string, dueAt: string, extra: object = {}) =>
      t
        .as(rep)
        .post('/api/v1/tasks')
        .send({ title, customerId: customer.id, dueAt, ...extra })
        .expect(201);
    await task('two days late', at(-48));
    await task('one hour late', at(-1));
    await task('next week', at(24 * 7));
    const done = await task('done already', at(-2));
    await t.as(rep).patch(`/api/v1/tasks/${done.body.id}`).send({ status: 'done' }).expect(200);
    await task('for someone else', at(-3), { assigneeId: other.user.id });

    const dueLead = await newLead(t, rep, { nextFollowUpAt: at(-5) });
    await newLead(t, rep, { nextFollowUpAt: at(24 * 3) });
    await t
      .as(rep)
      .post(`/api/v1/customers/${customer.id}/interactions`)
      .set('Accept-Language', 'zh-CN')
      .send({ kind: 'call', summary: 'asked for a quote', nextFollowUpOn: '2020-01-01' })
      .expect(201);

    const response = await t.as(rep).get('/api/v1/me/today').expect(200);
    const today = response.body as TodayBody;
    // The logged follow-up day is a task of the caller's, and the customer's next follow-up.
    expect(today.overdueTasks.map((item) => item.title)).toEqual([
      `跟进 ${customer.name}`,
      'two days late',
      'one hour late',
    ]);
    expect(today.leads.map((item) => item.id)).toEqual([dueLead.id]);
    // The customer's due follow-up is listed once: as the caller's task, not again as the customer.
    expect(today.customers).toEqual([]);
    expect(today.counts).toMatchObject({ overdueTasks: 3, leads: 1, customers: 0 });

    const theirs = (await t.as(other).get('/api/v1/me/today').expect(200)).body as TodayBody;
    expect(theirs.overdueTasks.map((item) => item.title)).toEqual(['for someone else']);
    expect(theirs.leads).toEqual([]);
  });

  it('snoozing a customer item moves its due follow-up task to that day: off today, on that day, no new task', async () => {
    const customer = await newCustomer(t, rep);
    // Due three days ago and a teammate's: the customer is due, but not among the rep's tasks.
    const due = (
      await t
        .as(rep)
        .post('/api/v1/tasks')
        .send({
          title: 'call back',
          customerId: customer.id,
          dueAt: at(-72),
          reminderAt: at(-73),
          assigneeId: other.user.id,
        })
        .expect(201)
    ).body as { id: string; version: number; dueAt: string };
    const later = (
      await t
        .as(rep)
        .post('/api/v1/tasks')
        .send({ title: 'visit', customerId: customer.id, dueAt: at(24 * 30) })
        .expect(201)
    ).body as { id: string; version: number };
    // "Today" at UTC-12 is always a day or two before "today" at UTC+14.
    const west = 'Etc/GMT+12';
    const east = 'Etc/GMT-14';
    const todayIn = async (timezone: string) =>
      (await t.as(rep).get('/api/v1/me/today').query({ timezone }).expect(200)).body as TodayBody;
    const before = await todayIn(west);
    expect(before.customers).toEqual([expect.objectContaining({ id: customer.id, overdue: true })]);
    const snoozeDay = (await todayIn(east)).date;
    expect(snoozeDay > before.date).toBe(true);

    const snooze = (body: object) =>
      t.as(rep).post(`/api/v1/me/today/customers/${customer.id}/snooze`).send(body);
    await snooze({ day: before.date, timezone: west }).expect(400);
    await snooze({ day: 'tomorrow', timezone: west }).expect(400);
    await snooze({ day: snoozeDay, timezone: west }).expect(204);

    // Off today, on the snooze day; listed once.
    const after = await todayIn(west);
    expect(after.customers.map((item) => item.id)).not.toContain(customer.id);
    const onTheDay = await todayIn(east);
    expect(onTheDay.customers.filter((item) => item.id === customer.id)).toHaveLength(1);

    // The due task moved (same time of day, reminder as far ahead), as an update; no new task.
    const tasks = (
      await t
        .as(rep)
        .get('/api/v1/tasks')
        .query({ customerId: customer.id, open: true })
        .expect(200)
    ).body.items as Array<{ id: string; dueAt: string; reminderAt: string; version: number }>;
    expect(tasks.map((task) => task.id).sort()).toEqual([due.id, later.id].sort());
    const moved = tasks.find((task) => task.id === due.id);
    const shanghaiDay = (iso: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
    expect(shanghaiDay(moved?.dueAt ?? '')).toBe(snoozeDay);
    expect(new Date(moved?.dueAt ?? '').getUTCHours()).toBe(new Date(due.dueAt).getUTCHours());
    expect(Date.parse(moved?.dueAt ?? '') - Date.parse(moved?.reminderAt ?? '')).toBe(3_600_000);
    expect(moved?.version).toBe(due.version + 1);
    expect(tasks.find((task) => task.id === later.id)?.version).toBe(later.version);
    const detail = await t.as(rep).get(`/api/v1/customers/${customer.id}`).expect(200);
    expect(detail.body.nextFollowUpOn).toBe(snoozeDay);

    // Snoozing again once nothing is due is a no-op; a customer the caller cannot read is 404.
    await snooze({ day: snoozeDay, timezone: west }).expect(204);
    await t
      .as(rep)
      .post('/api/v1/me/today/customers/00000000-0000-4000-8000-000000000000/snooze')
      .send({ day: snoozeDay, timezone: west })
      .expect(404);
  });

  it('has work for every demo rep (demo data)', async () => {
    for (const email of ['rep1@kehu.local', 'rep2@kehu.local', 'rep3@kehu.local']) {
      const demoRep = await signIn(t, email);
      const today = (await t.as(demoRep).get('/api/v1/me/today').expect(200)).body as TodayBody;
      expect(today.overdueTasks.length).toBeGreaterThan(0);
      expect(today.leads.length).toBeGreaterThan(0);
    }
  });

  it('takes the time zone for where today ends, and refuses an unknown one', async () => {
    const response = await t.as(rep).get('/api/v1/me/today?timezone=Asia/Shanghai').expect(200);
    expect(response.body.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await t.as(rep).get('/api/v1/me/today?timezone=Mars/Olympus').expect(400);
    await t.http().get('/api/v1/me/today').expect(401);
  });
});
