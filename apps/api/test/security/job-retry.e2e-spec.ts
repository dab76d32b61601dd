import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type supertest from 'supertest';
import { DataSource } from 'typeorm';
import { bearer } from '../factories/auth.factory';
import { uniqueCompanyName } from '../factories/customer.factory';
import { eventually } from '../support/eventually';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { startAppOnOwnDatabase } from './support/app-on-own-database';
import { createOwnDatabase } from './support/built-api';
import { freePort } from './support/free-port';

/**
 * A durable job whose run breaks off (the mail server is down when a reminder's e-mail
 * goes out) is retried with backoff and, once the server is back, completes exactly
 * once: one notification, one e-mail. The suite works the job queue of a database of
 * its own, so it takes no other suite's jobs.
 */

const EMAIL_QUEUE = 'notification-email';

interface JobRow {
  state: string;
  retry_count: number;
}

describe('an interrupted job is retried and completes once', () => {
  let database: { url: string; drop(): Promise<void> };
  let app: NestFastifyApplication;
  let http: () => supertest.Agent;
  let token = '';
  let smtpPort = 0;
  let sink: SmtpSink | undefined;

  beforeAll(async () => {
    database = await createOwnDatabase('kehu_jobs');
    // Nothing listens on this port until the test starts the mail server there.
    smtpPort = await freePort();
    ({
      app,
      http,
      adminToken: token,
    } = await startAppOnOwnDatabase(database.url, {
      KEHU_JOBS_WORKER: 'true',
      KEHU_JOBS_POLL_SECONDS: '1',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    }));
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await sink?.close();
    await database?.drop();
  }, 60_000);

  it('a reminder e-mail that failed while the mail server was down is sent once when it is back', async () => {
    const customer = await http()
      .post('/api/v1/customers')
      .set(bearer(token))
      .send({ kind: 'company', name: uniqueCompanyName() })
      .expect(201);
    const me = await http().get('/api/v1/auth/me').set(bearer(token)).expect(200);
    const task = await http()
      .post('/api/v1/tasks')
      .set(bearer(token))
      .send({
        title: 'Send the revised quote',
        customerId: customer.body.id,
        assigneeId: me.body.id,
        reminderAt: new Date(Date.now() + 1000).toISOString(),
      })
      .expect(201);

    const notificationsAboutTask = async () => {
      const response = await http()
        .get('/api/v1/notifications?limit=200')
        .set(bearer(token))
        .expect(200);
      return (response.body.items as Array<{ id: string; subjectId: string | null }>).filter(
        (item) => item.subjectId === task.body.id,
      );
    };
    const [notification] = await eventually(
      async () => {
        const found = await notificationsAboutTask();
        expect(found).toHaveLength(1);
        return found;
      },
      { timeoutMs: 60_000 },
    );

    const dataSource = app.get(DataSource);
    const emailJob = async (): Promise<JobRow> => {
      const rows = await dataSource.query<JobRow[]>(
        `SELECT state, retry_count FROM pgboss.job
          WHERE name = $1 AND data->>'notificationId' = $2`,
        [EMAIL_QUEUE, notification.id],
      );
      expect(rows).toHaveLength(1);
      return rows[0];
    };
    // The first run broke off on the unreachable mail server; the job waits to retry.
    await eventually(
      async () => {
        const job = await emailJob();
        expect(job.retry_count).toBeGreaterThanOrEqual(1);
        expect(job.state).not.toBe('completed');
      },
      { timeoutMs: 60_000 },
    );

    sink = await startSmtpSink(smtpPort);
    await eventually(async () => expect((await emailJob()).state).toBe('completed'), {
      timeoutMs: 90_000,
    });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0].to).toEqual(['own-admin@kehu.local']);
    expect(sink.received[0].raw).toContain('Send the revised quote');
    expect(await notificationsAboutTask()).toHaveLength(1);
  }, 240_000);
});
