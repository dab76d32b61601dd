import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../src/audit/audit.service';
import type { DomainEvent } from '../src/domain-events/domain-event';
import { DomainEventDrainer } from '../src/domain-events/domain-event-drainer';
import { DomainEventSubscribers } from '../src/domain-events/domain-event-subscribers';
import { bearer, signInAll, type Tokens } from './factories/auth.factory';
import { newCustomer, uniqueMobile } from './factories/customer.factory';
import { newLead } from './factories/lead.factory';
import { eventually } from './support/eventually';
import { createTestApp, type TestApp } from './support/test-app';

interface OutboxRow {
  id: string;
  type: string;
  subject_type: string;
  subject_id: string;
  actor_type: string;
  actor_id: string | null;
  changed_fields: string[];
  request_id: string | null;
  published_at: Date | null;
  attempts: number;
  delivered_to: string[];
}

/**
 * The domain event outbox: every audited write adds its event in its own transaction, and
 * two API processes that both work jobs deliver each event once to the in-process
 * subscribers, retrying a failing one without holding up the rest.
 */
jest.setTimeout(120_000);

describe('domain events', () => {
  let first: TestApp;
  let second: TestApp;
  let admin: Tokens, rep1: Tokens;
  let db: DataSource;

  beforeAll(async () => {
    first = await createTestApp({ KEHU_JOBS_WORKER: 'true', KEHU_IMPORT_WORKER: 'true' });
    second = await createTestApp({ KEHU_JOBS_WORKER: 'true' });
    db = first.app.get(DataSource);
    [admin, rep1] = await signInAll(first, 'admin rep1');
  });
  afterAll(async () => {
    await Promise.all([first.app.close(), second.app.close()]);
  });

  const eventsOf = (subjectId: string): Promise<OutboxRow[]> =>
    db.query('SELECT * FROM domain_events WHERE subject_id = $1 ORDER BY seq', [subjectId]);

  /** The same subscriber in both processes, recording which process got what. */
  function subscribeBoth(
    name: string,
    handle: (event: DomainEvent) => Promise<void> = () => Promise.resolve(),
  ) {
    const received: Array<{ event: DomainEvent; process: number }> = [];
    [first, second].forEach((app, process) =>
      app.app.get(DomainEventSubscribers).subscribe({
        name,
        types: '*',
        handle: async (event) => {
          await handle(event);
          received.push({ event, process });
        },
      }),
    );
    return received;
  }

  it('a customer create, update, delete and restore each leave one event with the audit entry', async () => {
    const customer = await newCustomer(first, admin);
    const updated = await first
      .as(admin)
      .patch(`/api/v1/customers/${customer.id}`)
      .set('If-Match', '"1"')
      .send({ tier: 'intent', creditLimit: '50000.00' })
      .expect(200);
    await first.as(admin).delete(`/api/v1/customers/${customer.id}`).expect(204);
    await first
      .as(admin)
      .post(`/api/v1/customers/${customer.id}/restore`)
      .expect((response) => expect(response.status).toBeLessThan(300));

    const events = await eventsOf(customer.id);
    expect(events.map((event) => event.type)).toEqual([
      'customer.created',
      'customer.updated',
      'customer.deleted',
      'customer.restored',
    ]);
    for (const event of events) {
      expect(event).toMatchObject({
        subject_type: 'customer',
        actor_type: 'user',
        actor_id: admin.user.id,
      });
      expect(event.request_id).toEqual(expect.any(String));
    }
    // Field names only, never the values (the credit limit stays in the audit log).
    expect(events[1].changed_fields.sort()).toEqual(['creditLimit', 'tier']);
    expect(JSON.stringify(events[1])).not.toContain('50000');
    expect(updated.body.version).toBe(2);
    const [{ count }] = await db.query<Array<{ count: number }>>(
      "SELECT count(*)::int AS count FROM audit_log WHERE entity = 'customer' AND entity_id = $1",
      [customer.id],
    );
    expect(count).toBe(events.length);
    // The request id is the audit entry's.
    const audit = await db.query<Array<{ request_id: string }>>(
      "SELECT request_id FROM audit_log WHERE entity_id = $1 AND action = 'update'",
      [customer.id],
    );
    expect(events[1].request_id).toBe(audit[0].request_id);
  });

  it('a lead conversion leaves one lead.converted event', async () => {
    const lead = await newLead(first, rep1, { company: `转化 ${randomBytes(3).toString('hex')}` });
    const converted = await first
      .as(rep1)
      .post(`/api/v1/leads/${lead.id}/convert`)
      .send({})
      .expect(200);
    const types = (await eventsOf(lead.id)).map((event) => event.type);
    expect(types).toEqual(['lead.created', 'lead.converted']);
    const converting = (await eventsOf(lead.id))[1];
    expect(converting.changed_fields.sort()).toEqual(['convertedCustomerId', 'status']);
    const customerEvents = await eventsOf(converted.body.customerId as string);
    expect(customerEvents.map((event) => event.type)).toContain('customer.created');
  });

  it('a write that fails or rolls back leaves no event', async () => {
    const customer = await newCustomer(first, admin);
    // Competing updates of version 1: one wins, the others are refused (409 / 412).
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        (index % 2 === 0 ? first : second)
          .http()
          .patch(`/api/v1/customers/${customer.id}`)
          .set(bearer(admin))
          .set('If-Match', '"1"')
          .send({ notes: `attempt ${index}` }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.every((status) => [200, 409, 412].includes(status))).toBe(true);
    const events = await eventsOf(customer.id);
    expect(events.map((event) => event.type)).toEqual(['customer.created', 'customer.updated']);

    // An audited write whose transaction rolls back takes its event with it.
    const audit = first.app.get(AuditService);
    await expect(
      db.transaction(async (manager) => {
        await audit.record(manager, null, {
          entity: 'customer',
          entityId: customer.id,
          action: 'update',
          before: { notes: null },
          after: { notes: 'rolled back' },
          fields: ['notes'],
        });
        expect(
          await manager.query(
            'SELECT 1 FROM domain_events WHERE subject_id = $1 AND actor_type = $2',
            [customer.id, 'system'],
          ),
        ).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await eventsOf(customer.id)).toHaveLength(2);
  });

  it('delivers each event once with two processes draining at once', async () => {
    const received = subscribeBoth('test-once');
    const customers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => newCustomer(index % 2 ? first : second, admin)),
    );
    // Both processes drain by hand while their job workers drain too.
    await Promise.all([
      first.app.get(DomainEventDrainer).drain(),
      second.app.get(DomainEventDrainer).drain(),
      first.app.get(DomainEventDrainer).drain(),
      second.app.get(DomainEventDrainer).drain(),
    ]);
    const ids = new Set(customers.map((customer) => customer.id));
    const mine = () => received.filter(({ event }) => ids.has(event.subjectId));
    await eventually(() => expect(mine()).toHaveLength(20));
    const eventIds = mine().map(({ event }) => event.id);
    expect(new Set(eventIds).size).toBe(20);
    expect(mine().every(({ event }) => event.type === 'customer.created')).toBe(true);
    const rows = await db.query<OutboxRow[]>(
      'SELECT published_at, delivered_to FROM domain_events WHERE id = ANY($1)',
      [eventIds],
    );
    expect(rows).toHaveLength(20);
    expect(
      rows.every((row) => row.published_at !== null && row.delivered_to.includes('test-once')),
    ).toBe(true);
    // Later drains deliver nothing again.
    await Promise.all([
      first.app.get(DomainEventDrainer).drain(),
      second.app.get(DomainEventDrainer).drain(),
    ]);
    expect(mine()).toHaveLength(20);
  });

  it('retries a failing subscriber with backoff, in order per record, without holding up others', async () => {
    const target = await newCustomer(first, admin);
    await eventually(async () =>
      expect((await eventsOf(target.id))[0].published_at).not.toBeNull(),
    );
    let failures = 0;
    const steady = subscribeBoth('test-steady');
    const orderly = subscribeBoth('test-orderly', (event) => {
      if (event.subjectId === target.id && failures < 2) {
        failures++;
        return Promise.reject(new Error('subscriber down'));
      }
      return Promise.resolve();
    });
    // Only events written from now on reach the new subscribers.
    await first
      .as(admin)
      .patch(`/api/v1/customers/${target.id}`)
      .set('If-Match', '"1"')
      .send({ notes: 'first change' })
      .expect(200);
    await first
      .as(admin)
      .patch(`/api/v1/customers/${target.id}`)
      .set('If-Match', '"2"')
      .send({ notes: 'second change' })
      .expect(200);
    const other = await newCustomer(second, admin);

    const of = (list: typeof steady, id: string) =>
      list.filter(({ event }) => event.subjectId === id).map(({ event }) => event.requestId);
    const [firstChange, secondChange] = (await eventsOf(target.id)).slice(1);
    await eventually(() => {
      expect(of(orderly, target.id)).toEqual([firstChange.request_id, secondChange.request_id]);
    });
    expect(failures).toBe(2);
    // The other record went through while the failing one waited for its retries.
    const order = orderly.map(({ event }) => event.subjectId);
    expect(order.indexOf(other.id)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(other.id)).toBeLessThan(order.indexOf(target.id));
    // The healthy subscriber got each event once, not again on the retries.
    expect(of(steady, target.id)).toEqual([firstChange.request_id, secondChange.request_id]);
    expect(of(steady, other.id)).toHaveLength(1);
    const rows = await eventsOf(target.id);
    expect(rows[1]).toMatchObject({ attempts: 2 });
    expect(rows.every((row) => row.published_at !== null)).toBe(true);
    expect(rows[1].delivered_to.sort()).toEqual(
      expect.arrayContaining(['test-once', 'test-orderly', 'test-steady']),
    );
  });

  it('an import of N customers leaves N customer.created events', async () => {
    const tag = randomBytes(4).toString('hex');
    const count = 25;
    const lines = ['name,phone'];
    for (let row = 0; row < count; row++) lines.push(`Outbox ${tag} ${row} Ltd,${uniqueMobile()}`);
    const uploaded = await first
      .as(rep1)
      .post('/api/v1/imports/customers')
      .attach('file', Buffer.from(lines.join('\n'), 'utf8'), 'outbox.csv')
      .expect(201);
    await first
      .as(rep1)
      .post(`/api/v1/imports/${uploaded.body.id}/start`)
      .set('If-Match', `"${uploaded.body.version}"`)
      .send({ mapping: ['name', 'phone'], duplicateMode: 'skip' })
      .expect(200);
    await eventually(
      async () => {
        const job = await first.as(rep1).get(`/api/v1/imports/${uploaded.body.id}`).expect(200);
        expect(job.body).toMatchObject({ status: 'completed', created: count });
      },
      { timeoutMs: 60_000 },
    );
    const rows = await db.query<OutboxRow[]>(
      `SELECT e.type, e.actor_id, e.changed_fields FROM domain_events e
         JOIN customers c ON c.id = e.subject_id
        WHERE c.name LIKE $1`,
      [`Outbox ${tag} %`],
    );
    expect(rows).toHaveLength(count);
    expect(rows.every((row) => row.type === 'customer.created')).toBe(true);
    expect(rows.every((row) => row.actor_id === rep1.user.id)).toBe(true);
    expect(rows[0].changed_fields).toEqual(expect.arrayContaining(['name']));
    // And they are delivered like any other.
    await eventually(async () => {
      const [{ pending }] = await db.query<Array<{ pending: number }>>(
        `SELECT count(*)::int AS pending FROM domain_events e
           JOIN customers c ON c.id = e.subject_id
          WHERE c.name LIKE $1 AND e.published_at IS NULL`,
        [`Outbox ${tag} %`],
      );
      expect(pending).toBe(0);
    });
  });

  it('deletes delivered events after the retention period, never undelivered ones', async () => {
    const old = await newCustomer(first, admin);
    await eventually(async () => {
      const rows = await eventsOf(old.id);
      expect(rows[0]?.published_at).not.toBeNull();
    });
    const now = new Date();
    const drainer = first.app.get(DomainEventDrainer);
    expect(await eventsOf(old.id)).toHaveLength(1);
    await drainer.cleanup(now);
    expect(await eventsOf(old.id)).toHaveLength(1); // delivered just now: kept
    const eightDaysLater = new Date(now.getTime() + 8 * 86_400_000);
    const [undelivered] = await db.query<Array<{ id: string }>>(
      `INSERT INTO domain_events (id, type, subject_type, subject_id, actor_type)
       VALUES (gen_random_uuid(), 'customer.updated', 'customer', $1, 'system') RETURNING id`,
      [old.id],
    );
    await db.query(
      "UPDATE domain_events SET next_attempt_at = now() + interval '1 day' WHERE id = $1",
      [undelivered.id],
    );
    expect(await drainer.cleanup(eightDaysLater)).toBeGreaterThanOrEqual(1);
    const left = await eventsOf(old.id);
    expect(left.map((row) => row.id)).toEqual([undelivered.id]);
    await db.query('DELETE FROM domain_events WHERE id = $1', [undelivered.id]);
  });
});
