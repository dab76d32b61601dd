import { bearer, signIn, type Tokens } from './factories/auth.factory';
import { newCustomer } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { eventually } from './support/eventually';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestApp, type TestApp } from './support/test-app';

interface NotificationItem {
  id: string;
  kind: string;
  subjectId: string | null;
  readAt: string | null;
}

/**
 * Reminders are durable jobs: two API processes on one database (as in production)
 * both work the queue, and each reminder still fires exactly once, also across a restart.
 */
jest.setTimeout(90_000);

describe('reminders and notifications', () => {
  let sink: SmtpSink;
  let first: TestApp;
  let second: TestApp;
  let rep1: Tokens;

  const workerEnv = () => ({ KEHU_JOBS_WORKER: 'true', SMTP_URL: sink.url });

  beforeAll(async () => {
    sink = await startSmtpSink();
    first = await createTestApp(workerEnv());
    second = await createTestApp(workerEnv());
    rep1 = await signIn(first, 'rep1@kehu.local');
  });
  afterAll(async () => {
    await Promise.all([first.app.close(), second.app.close()]);
    await sink.close();
  });

  async function notificationsAbout(t: TestApp, subjectId: string): Promise<NotificationItem[]> {
    const response = await t.http().get('/api/v1/notifications?limit=200').set(bearer(rep1));
    expect(response.status).toBe(200);
    return (response.body.items as NotificationItem[]).filter(
      (item) => item.subjectId === subjectId,
    );
  }

  const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('a task reminder fires once at its time with two API processes, in-app and by e-mail', async () => {
    const customer = await newCustomer(first, rep1);
    const reminderAt = inSeconds(2);
    const task = await first
      .http()
      .post('/api/v1/tasks')
      .set(bearer(rep1))
      .send({ title: 'Call back about the sample', customerId: customer.id, reminderAt })
      .expect(201);
    expect(await notificationsAbout(first, task.body.id)).toEqual([]);

    const [fired] = await eventually(async () => {
      const found = await notificationsAbout(second, task.body.id);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(fired.kind).toBe('task-reminder');
    await pause(3000);
    expect(await notificationsAbout(first, task.body.id)).toHaveLength(1);
    const after = await first.http().get(`/api/v1/tasks/${task.body.id}`).set(bearer(rep1));
    expect(after.body.remindedAt).not.toBeNull();
    expect(new Date(after.body.remindedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(reminderAt).getTime(),
    );

    await eventually(() => {
      // The only mail so far: this reminder, to its assignee, naming the customer.
      expect(sink.received).toHaveLength(1);
      expect(sink.received[0].to).toEqual(['rep1@kehu.local']);
      expect(sink.received[0].raw).toContain(customer.name);
    });
  });

  it('a lead follow-up reminder survives a restart of every API process', async () => {
    const lead = await newLead(first, rep1, { nextFollowUpAt: inSeconds(4) });
    await Promise.all([first.app.close(), second.app.close()]);
    await pause(5000);
    first = await createTestApp(workerEnv());
    second = await createTestApp(workerEnv());
    const [fired] = await eventually(async () => {
      const found = await notificationsAbout(first, lead.id);
      expect(found.filter((item) => item.kind === 'lead-follow-up')).toHaveLength(1);
      return found.filter((item) => item.kind === 'lead-follow-up');
    });
    await pause(2000);
    expect(
      (await notificationsAbout(second, lead.id)).filter((item) => item.kind === 'lead-follow-up'),
    ).toHaveLength(1);

    const read = await first
      .http()
      .post(`/api/v1/notifications/${fired.id}/read`)
      .set(bearer(rep1))
      .expect(200);
    expect(read.body.readAt).not.toBeNull();
  });

  it('a moved reminder fires at the new time only; a closed task does not remind', async () => {
    const customer = await newCustomer(first, rep1);
    const created = await first
      .http()
      .post('/api/v1/tasks')
      .set(bearer(rep1))
      .send({ title: 'moved', customerId: customer.id, reminderAt: inSeconds(2) })
      .expect(201);
    await first
      .http()
      .patch(`/api/v1/tasks/${created.body.id}`)
      .set(bearer(rep1))
      .send({ reminderAt: inSeconds(3600) })
      .expect(200);
    const closed = await first
      .http()
      .post('/api/v1/tasks')
      .set(bearer(rep1))
      .send({ title: 'closed', customerId: customer.id, reminderAt: inSeconds(2) })
      .expect(201);
    await first
      .http()
      .patch(`/api/v1/tasks/${closed.body.id}`)
      .set(bearer(rep1))
      .send({ status: 'cancelled' })
      .expect(200);
    await pause(5000);
    expect(await notificationsAbout(first, created.body.id)).toEqual([]);
    expect(await notificationsAbout(first, closed.body.id)).toEqual([]);
  });

  it('a lead assigned to a rep tells them in-app and by e-mail; the assigner is not told', async () => {
    const manager = await signIn(first, 'manager@kehu.local');
    const lead = await newLead(first, manager, {
      name: `Assignment mail ${Date.now()}`,
      ownerId: rep1.user.id,
    });
    const [assigned] = await eventually(async () => {
      const found = await notificationsAbout(first, lead.id);
      expect(found.map((item) => item.kind)).toEqual(['lead-assigned']);
      return found;
    });
    expect(assigned.readAt).toBeNull();
    const mail = await eventually(() => {
      const found = sink.received.filter((message) => message.raw.includes(lead.number));
      expect(found).toHaveLength(1);
      return found[0];
    });
    expect(mail.to).toEqual(['rep1@kehu.local']);
    const managerInbox = await first
      .http()
      .get('/api/v1/notifications?limit=200')
      .set(bearer(manager))
      .expect(200);
    expect(
      (managerInbox.body.items as NotificationItem[]).filter((item) => item.subjectId === lead.id),
    ).toEqual([]);
  });

  it('counts unread notifications and marks them all read; nobody sees another’s', async () => {
    const count = await first
      .http()
      .get('/api/v1/notifications/unread-count')
      .set(bearer(rep1))
      .expect(200);
    expect(count.body.unreadCount).toBeGreaterThan(0);
    const rep2 = await signIn(first, 'rep2@kehu.local');
    const theirs = await first.http().get('/api/v1/notifications').set(bearer(rep1));
    await first
      .http()
      .post(`/api/v1/notifications/${theirs.body.items[0].id}/read`)
      .set(bearer(rep2))
      .expect(404);
    await first.http().post('/api/v1/notifications/read-all').set(bearer(rep1)).expect(200);
    const after = await first.http().get('/api/v1/notifications?unread=true').set(bearer(rep1));
    expect(after.body.items).toEqual([]);
    expect(after.body.unreadCount).toBe(0);
  });
});
