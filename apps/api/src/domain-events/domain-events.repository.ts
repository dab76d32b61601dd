import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActorType } from '../audit/entities/audit-entry.entity';
import { copyRows, type CopyValue } from '../imports/copy-rows';
import type { DomainEvent } from './domain-event';

/** An event as a write adds it to the outbox. */
export interface NewDomainEvent {
  id: string;
  type: string;
  subjectType: string;
  subjectId: string;
  actorType: ActorType;
  actorId: string | null;
  changedFields: readonly string[];
  requestId: string | null;
}

/** An undelivered event, claimed for delivery. */
export interface PendingDomainEvent extends DomainEvent {
  attempts: number;
  deliveredTo: string[];
}

/** How one claimed event's delivery went. */
export type DeliveryOutcome =
  | { id: string; deliveredTo: string[]; published: true }
  | {
      id: string;
      deliveredTo: string[];
      published: false;
      error: string;
      retryAfterSeconds: number;
    };

const COPY_COLUMNS = [
  'id',
  'type',
  'subject_type',
  'subject_id',
  'actor_type',
  'actor_id',
  'changed_fields',
  'request_id',
] as const;

interface PendingRow {
  id: string;
  type: string;
  subject_type: string;
  subject_id: string;
  actor_type: ActorType;
  actor_id: string | null;
  changed_fields: string[];
  request_id: string | null;
  occurred_at: Date;
  attempts: number;
  delivered_to: string[];
}

/** The domain event outbox table (plain SQL: row locks and COPY). */
@Injectable()
export class DomainEventsRepository {
  /** Adds events in the writer's transaction, with one statement. */
  async insert(manager: EntityManager, events: readonly NewDomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO domain_events
         (id, type, subject_type, subject_id, actor_type, actor_id, changed_fields, request_id)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[],
                            $5::varchar[], $6::uuid[], $7::jsonb[], $8::varchar[])`,
      [
        events.map((event) => event.id),
        events.map((event) => event.type),
        events.map((event) => event.subjectType),
        events.map((event) => event.subjectId),
        events.map((event) => event.actorType),
        events.map((event) => event.actorId),
        events.map((event) => JSON.stringify(event.changedFields)),
        events.map((event) => event.requestId),
      ],
    );
  }

  /** Adds many events with COPY (bulk imports). */
  async copy(manager: EntityManager, events: Iterable<NewDomainEvent>): Promise<void> {
    function* rows(): Generator<CopyValue[]> {
      for (const event of events) {
        yield [
          event.id,
          event.type,
          event.subjectType,
          event.subjectId,
          event.actorType,
          event.actorId,
          JSON.stringify(event.changedFields),
          event.requestId,
        ];
      }
    }
    await copyRows(manager, 'domain_events', COPY_COLUMNS, rows());
  }

  /**
   * Locks up to `limit` due undelivered events for this transaction, oldest first, skipping
   * those another drainer holds and any event whose record has an earlier one undelivered
   * (so each record's events arrive in order, and a failing one holds back only its own).
   */
  async claim(manager: EntityManager, limit: number): Promise<PendingDomainEvent[]> {
    // Walk the seq index in order whatever the statistics say: right after an import the
    // planner may still think few events wait, and sort all of them for every batch.
    await manager.query('SET LOCAL enable_sort = off');
    await manager.query('SET LOCAL enable_bitmapscan = off');
    const rows = await manager.query<PendingRow[]>(
      `SELECT e.id, e.type, e.subject_type, e.subject_id, e.actor_type, e.actor_id,
              e.changed_fields, e.request_id, e.occurred_at, e.attempts, e.delivered_to
         FROM domain_events e
        WHERE e.published_at IS NULL
          AND e.next_attempt_at <= now()
          AND NOT EXISTS (
                SELECT 1 FROM domain_events earlier
                 WHERE earlier.published_at IS NULL
                   AND earlier.subject_type = e.subject_type
                   AND earlier.subject_id = e.subject_id
                   AND earlier.seq < e.seq)
        ORDER BY e.seq
        LIMIT $1
        FOR UPDATE OF e SKIP LOCKED`,
      [limit],
    );
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      actorType: row.actor_type,
      actorId: row.actor_id,
      changedFields: row.changed_fields,
      requestId: row.request_id,
      occurredAt: row.occurred_at,
      attempts: row.attempts,
      deliveredTo: row.delivered_to,
    }));
  }

  /** Marks the delivered events published and the others due again after their backoff. */
  async settle(manager: EntityManager, outcomes: readonly DeliveryOutcome[]): Promise<void> {
    const published = outcomes.filter((outcome) => outcome.published);
    if (published.length > 0) {
      await manager.query(
        `UPDATE domain_events
            SET published_at = now(), last_error = NULL,
                delivered_to = ARRAY(SELECT jsonb_array_elements_text(delivered.names))
           FROM unnest($1::uuid[], $2::jsonb[]) AS delivered(id, names)
          WHERE domain_events.id = delivered.id`,
        [
          published.map((outcome) => outcome.id),
          published.map((o) => JSON.stringify(o.deliveredTo)),
        ],
      );
    }
    for (const outcome of outcomes) {
      if (outcome.published) continue;
      await manager.query(
        `UPDATE domain_events
            SET attempts = attempts + 1, delivered_to = $2::text[], last_error = $3,
                next_attempt_at = now() + $4 * interval '1 second'
          WHERE id = $1`,
        [outcome.id, outcome.deliveredTo, outcome.error.slice(0, 1000), outcome.retryAfterSeconds],
      );
    }
  }

  /**
   * When the first event whose delivery failed is due again (null: none is waiting). Such
   * an event is always the first undelivered one of its record.
   */
  async nextRetryAt(manager: EntityManager): Promise<Date | null> {
    const [row] = await manager.query<Array<{ due: Date | null }>>(
      `SELECT min(next_attempt_at) AS due FROM domain_events
        WHERE published_at IS NULL AND attempts > 0`,
    );
    return row?.due ?? null;
  }

  /** Deletes up to `limit` events published before `before`; returns how many. */
  async deletePublished(manager: EntityManager, before: Date, limit: number): Promise<number> {
    const [, count] = await manager.query<[unknown, number]>(
      `DELETE FROM domain_events WHERE id IN (
         SELECT id FROM domain_events WHERE published_at < $1 LIMIT $2)`,
      [before, limit],
    );
    return count;
  }
}
