import { signIn, type Tokens } from './factories/auth.factory';
import { newCustomer } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { eventually } from './support/eventually';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestApp, type TestApp } from './support/test-app';

interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  params: Record<string, unknown> | null;
  subjectId: string | null;
  readAt: string | null;
}

/**
 * Reminders are durable jobs: two API processes on one database (as in production)
 * both work the queue, and each reminder still fires exactly once, also across a restart.
 * The file's database is its own (a copy of the demo data, which queues no reminders), so
 * every notification and mail here comes from this file's records.
 *
 * That something did not happen is checked once a later reminder (a sentinel) has fired:
 * by then both processes have polled the queue past the time in question.
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
    const response = await t.as(rep1).get('/api/v1/notifications?limit=200');
    expect(response.status).toBe(200);
    return (response.body.items as NotificationItem[]).filter(
      (item) => item.subjectId === subjectId,
    );
  }

  const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

  const newTask = (customerId: string, reminderAt: string, title = 'Call back about the sample') =>
    first
      .as(rep1)
      .post('/api/v1/tasks')
      .send({ title, customerId, reminderAt })
      .expect(201)
      .then((response) => response.body as { id: string });

  /** Waits until one reminder about the subject has fired. */
  const firedAbout = (t: TestApp, subjectId: string, kind: string) =>
    eventually(async () => {
      const found = (await notificationsAbout(t, subjectId)).filter((item) => item.kind === kind);
      expect(found).toHaveLength(1);
      return found[0];
    });

  it('a task reminder fires once at its time with two API processes, in-app and by e-mail', async () => {
    const [customer, later] = await Promise.all([
      newCustomer(first, rep1),
      newCustomer(first, rep1),
    ]);
    const reminderAt = inSeconds(2);
    const task = await newTask(customer.id, reminderAt);
    const sentinel = await newTask(later.id, inSeconds(4), 'Sentinel');
    expect(await notificationsAbout(first, task.id)).toEqual([]);

    const [fired] = await eventually(async () => {
      const found = await notificationsAbout(second, task.id);
      expect(found).toHaveLength(1);
      return found;
    });
    // Its kind and params, for the console to render in its language; the title in the
    // recipient's (none saved: Chinese).
    expect(fired).toMatchObject({
      kind: 'task-reminder',
      params: { taskTitle: 'Call back about the sample', about: customer.name, dueAt: null },
      title: '任务提醒：Call back about the sample',
    });
    await firedAbout(first, sentinel.id, 'task-reminder');
    expect(await notificationsAbout(first, task.id)).toHaveLength(1);
    const after = await first.as(rep1).get(`/api/v1/tasks/${task.id}`);
    expect(after.body.remindedAt).not.toBeNull();
    expect(new Date(after.body.remindedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(reminderAt).getTime(),
    );

    await eventually(() => {
      // The only mail so far: these two reminders, to their assignee, each naming its customer.
      expect(sink.received).toHaveLength(2);
      for (const named of [customer, later]) {
        const mails = sink.received.filter((message) => message.raw.includes(named.name));
        expect(mails).toHaveLength(1);
        expect(mails[0].to).toEqual(['rep1@kehu.local']);
      }
    });
  });

  it('a lead follow-up reminder survives a restart of every API process', async () => {
    const dueAt = inSeconds(3);
    const lead = await newLead(first, rep1, { nextFollowUpAt: dueAt });
    await Promise.all([first.app.close(), second.app.close()]);
    // The follow-up falls due while no API process runs.
    await eventually(() => expect(Date.now()).toBeGreaterThan(Date.parse(dueAt) + 500), {
      intervalMs: 100,
    });
    first = await createTestApp(workerEnv());
    second = await createTestApp(workerEnv());
    const fired = await firedAbout(first, lead.id, 'lead-follow-up');
    const sentinel = await newLead(first, rep1, { nextFollowUpAt: inSeconds(2) });
    await firedAbout(second, sentinel.id, 'lead-follow-up');
    expect(
      (await notificationsAbout(second, lead.id)).filter((item) => item.kind === 'lead-follow-up'),
    ).toHaveLength(1);

    const read = await first.as(rep1).post(`/api/v1/notifications/${fired.id}/read`).expect(200);
    expect(read.body.readAt).not.toBeNull();
  });

  it('a moved reminder fires at the new time only; a closed task does not remind', async () => {
    const customer = await newCustomer(first, rep1);
    const created = await newTask(customer.id, inSeconds(2), 'moved');
    await first
      .as(rep1)
      .patch(`/api/v1/tasks/${created.id}`)
      .send({ reminderAt: inSeconds(3600) })
      .expect(200);
    const closed = await newTask(customer.id, inSeconds(2), 'closed');
    await first
      .as(rep1)
      .patch(`/api/v1/tasks/${closed.id}`)
      .send({ status: 'cancelled' })
      .expect(200);
    const sentinel = await newTask(customer.id, inSeconds(4), 'Sentinel');
    await firedAbout(first, sentinel.id, 'task-reminder');
    expect(await notificationsAbout(first, created.id)).toEqual([]);
    expect(await notificationsAbout(first, closed.id)).toEqual([]);
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
    expect(assigned).toMatchObject({
      readAt: null,
      params: { leadNumber: lead.number, leadName: lead.name },
      title: `新线索 ${lead.number} ${lead.name}`,
    });
    const mail = await eventually(() => {
      const found = sink.received.filter((message) => message.raw.includes(lead.number));
      expect(found).toHaveLength(1);
      return found[0];
    });
    expect(mail.to).toEqual(['rep1@kehu.local']);
    const managerInbox = await first.as(manager).get('/api/v1/notifications?limit=200').expect(200);
    expect(
      (managerInbox.body.items as NotificationItem[]).filter((item) => item.subjectId === lead.id),
    ).toEqual([]);
  });

  it('counts unread notifications and marks them all read; nobody sees another’s', async () => {
    const count = await first.as(rep1).get('/api/v1/notifications/unread-count').expect(200);
    expect(count.body.unreadCount).toBeGreaterThan(0);
    const rep2 = await signIn(first, 'rep2@kehu.local');
    const theirs = await first.as(rep1).get('/api/v1/notifications');
    await first.as(rep2).post(`/api/v1/notifications/${theirs.body.items[0].id}/read`).expect(404);
    await first.as(rep1).post('/api/v1/notifications/read-all').expect(200);
    const after = await first.as(rep1).get('/api/v1/notifications?unread=true');
    expect(after.body.items).toEqual([]);
    expect(after.body.unreadCount).toBe(0);
  });
});
