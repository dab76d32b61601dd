import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import type supertest from 'supertest';
import { bearer } from '../factories/auth.factory';
import { uniqueMobile } from '../factories/customer.factory';
import { eventually } from '../support/eventually';
import { startAppOnOwnDatabase } from './support/app-on-own-database';
import { type RestartableDatabase, startRestartableDatabase } from './support/restartable-database';

/**
 * PostgreSQL stops and starts again while the API serves a steady stream of lists,
 * creates, sign-ins and readiness checks. The API is not restarted: readiness goes down
 * and comes back, every answer during the outage is a 503 problem+json with Retry-After
 * (never a 500, never a stack), and every create is either wholly committed or not at all.
 */

const WORKERS = 3;
const BURST = 30;
const LEAKS =
  /\n\s+at |node_modules|QueryFailedError|ECONNREFUSED|57P0|Connection terminated|SELECT |INSERT /;

type Kind = 'list' | 'create' | 'ready' | 'login';

interface Observation {
  kind: Kind;
  /** 0 when the request got no HTTP answer at all. */
  status: number;
  contentType: string;
  retryAfter: string | undefined;
  body: string;
  /** The phase in which the answer arrived. */
  phase: 'before' | 'outage' | 'after';
  customerName?: string;
}

describe('PostgreSQL restarts during traffic', () => {
  let database: RestartableDatabase;
  let app: NestFastifyApplication;
  let http: () => supertest.Agent;
  let token = '';
  let admin = { email: '', password: '' };

  async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    database = await startRestartableDatabase(`kehu_restart_${randomBytes(4).toString('hex')}`);
    ({ app, http, adminToken: token, admin } = await startAppOnOwnDatabase(database.url));
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  }, 60_000);

  it('answers 503 problem+json while it is down and recovers without a restart', async () => {
    const observations: Observation[] = [];
    let phase: Observation['phase'] = 'before';
    let running = true;
    let created = 0;

    async function send(kind: Kind): Promise<void> {
      let request: supertest.Test;
      let customerName: string | undefined;
      if (kind === 'list') {
        request = http().get('/api/v1/customers?limit=5').set(bearer(token));
      } else if (kind === 'ready') {
        request = http().get('/api/v1/health/ready');
      } else if (kind === 'login') {
        request = http().post('/api/v1/auth/login').send(admin);
      } else {
        created += 1;
        customerName = `Restart ${randomBytes(4).toString('hex')} ${created}`;
        request = http()
          .post('/api/v1/customers')
          .query({ acknowledgeDuplicates: 'true' })
          .set(bearer(token))
          .send({
            kind: 'company',
            name: customerName,
            phones: [{ type: 'work', value: uniqueMobile() }],
          });
      }
      const response = await request.timeout(60_000).then(
        (answer) => answer,
        () => null,
      );
      observations.push({
        kind,
        status: response?.status ?? 0,
        contentType: String(response?.headers['content-type'] ?? ''),
        retryAfter: response?.headers['retry-after'],
        body: response?.text ?? '',
        phase,
        customerName,
      });
    }

    const kinds: Kind[] = ['list', 'create', 'ready', 'login'];
    const workers = Array.from({ length: WORKERS }, async (_, worker) => {
      for (let turn = worker; running; turn += 1) {
        await send(kinds[turn % kinds.length]);
        // Keeps the stream steady without flooding the event loop during the outage.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });

    const seen = (kind: Kind, status: number, inPhase: Observation['phase'], count = 1) =>
      expect(
        observations.filter((o) => o.kind === kind && o.status === status && o.phase === inPhase)
          .length,
      ).toBeGreaterThanOrEqual(count);

    try {
      await eventually(
        () => {
          for (const kind of kinds) seen(kind, kind === 'create' ? 201 : 200, 'before', 3);
        },
        { timeoutMs: 60_000 },
      );

      // A burst of creates is in flight as the server goes down: some commit, some are cut
      // off mid-transaction, some find no server.
      phase = 'outage';
      const burst = Promise.all(Array.from({ length: BURST }, () => send('create')));
      await database.stop();
      await burst;
      await eventually(
        () => {
          seen('ready', 503, 'outage', 3);
          seen('list', 503, 'outage', 3);
          seen('create', 503, 'outage', 3);
          seen('login', 503, 'outage', 3);
        },
        { timeoutMs: 90_000 },
      );

      await database.start();
      phase = 'after';
      await eventually(
        () => {
          seen('ready', 200, 'after', 2);
          seen('list', 200, 'after', 2);
          seen('create', 201, 'after', 2);
          seen('login', 200, 'after', 2);
        },
        { timeoutMs: 90_000 },
      );
    } finally {
      running = false;
      await Promise.all(workers);
    }

    // Every answer was a success or a clean 503: no 500, no dropped connection.
    const statuses = [...new Set(observations.map((o) => `${o.kind} ${o.status}`))].sort();
    expect(statuses.filter((s) => !/ (200|201|503)$/.test(s))).toEqual([]);
    const unavailable = observations.filter((o) => o.status === 503);
    for (const answer of unavailable) {
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(answer.body)).toMatchObject({ status: 503 });
    }
    expect(observations.filter((o) => LEAKS.test(o.body)).map((o) => o.body)).toEqual([]);
    // Nothing was unavailable before the stop.
    expect(observations.filter((o) => o.phase === 'before' && o.status === 503)).toEqual([]);

    // A create is all or nothing: a 201 left exactly one customer with its keys and its
    // audit entry; a 503 left none, or (committed just before the connection dropped) a
    // whole one.
    const creates = observations.filter((o) => o.kind === 'create');
    const rows = await query<{ name: string; customers: number; keys: number; audits: number }>(
      `SELECT c.name, count(DISTINCT c.id)::int AS customers,
              count(DISTINCT k.value)::int AS keys, count(DISTINCT a.id)::int AS audits
         FROM customers c
         LEFT JOIN customer_keys k ON k.customer_id = c.id AND k.field = 'phone'
         LEFT JOIN audit_log a ON a.entity_id = c.id AND a.action = 'create'
        WHERE c.name = ANY($1::text[]) AND c.deleted_at IS NULL
        GROUP BY c.name`,
      [creates.map((o) => o.customerName)],
    );
    const stored = new Map(rows.map((row) => [row.name, row]));
    for (const create of creates) {
      const row = stored.get(create.customerName!);
      if (create.status === 201) expect(row).toMatchObject({ customers: 1, keys: 1, audits: 1 });
      else if (row) expect(row).toMatchObject({ customers: 1, keys: 1, audits: 1 });
    }
    expect(rows.every((row) => row.customers === 1 && row.keys === 1 && row.audits === 1)).toBe(
      true,
    );

    // The same process serves as before.
    const list = await http().get('/api/v1/customers?limit=200').set(bearer(token)).expect(200);
    const listed = new Set((list.body.items as Array<{ name: string }>).map((item) => item.name));
    for (const row of rows) expect(listed.has(row.name)).toBe(true);
  }, 300_000);
});
