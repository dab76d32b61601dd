import type { ActorType } from '../audit/entities/audit-entry.entity';

/** A change to a record, as the outbox hands it to subscribers (no field values). */
export interface DomainEvent {
  /** Time-ordered, unique: a subscriber that must act once keys on it. */
  id: string;
  /** `<subject>.<verb>`, e.g. `customer.created`, `lead.converted`. */
  type: string;
  subjectType: string;
  subjectId: string;
  actorType: ActorType;
  actorId: string | null;
  /** The names of the fields the write changed. */
  changedFields: string[];
  requestId: string | null;
  occurredAt: Date;
}

/**
 * Receives domain events after their write committed, at least once each and in order per
 * record (a retried delivery may repeat one: act idempotently on `event.id`). Throwing
 * retries this subscriber later with backoff; other subscribers and records go on.
 */
export interface DomainEventSubscriber {
  /** Stable and unique: the outbox remembers which subscribers got an event by it. */
  readonly name: string;
  /** The event types it wants, or '*' for all. */
  readonly types: readonly string[] | '*';
  handle(event: DomainEvent): Promise<void>;
}
