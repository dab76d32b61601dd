import { Injectable } from '@nestjs/common';
import { domainEventType } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../../authz/auth-context';
import { timeOrderedUuid } from '../../common/crypto/time-ordered-uuid';
import { DomainEventOutbox } from '../../domain-events/domain-event-outbox';
import type { NewDomainEvent } from '../../domain-events/domain-events.repository';
import { copyRows, type CopyValue } from '../copy-rows';

/** A timeline event of a record an import created, besides its "imported" one. */
export interface ImportedEvent {
  kind: string;
  summary: string;
  details: object;
}

/** A record an import row created: its id, its row, what its audit entry lists. */
export interface ImportedCreation {
  id: string;
  rowNumber: number;
  changes: object;
  events?: readonly ImportedEvent[];
}

const TIMELINE_COLUMNS = [
  'id',
  'subject_type',
  'subject_id',
  'kind',
  'occurred_at',
  'actor_type',
  'actor_id',
  'summary',
  'details',
] as const;

const AUDIT_COLUMNS = [
  'id',
  'entity',
  'entity_id',
  'action',
  'actor_type',
  'actor_id',
  'request_id',
  'changes',
] as const;

/**
 * Puts the records an import batch created on their timelines ("imported", with the file
 * and row), in the audit log and in the domain event outbox (`customer.created`, …), each
 * with one COPY. The rows get time-ordered ids, so a million of them append to their
 * indexes instead of scattering.
 */
@Injectable()
export class ImportedCreationsLog {
  constructor(private readonly outbox: DomainEventOutbox) {}

  async record(
    manager: EntityManager,
    auth: AuthContext,
    job: { id: string; filename: string },
    subjectType: 'customer' | 'lead',
    created: readonly ImportedCreation[],
  ): Promise<void> {
    const occurredAt = new Date().toISOString();
    const { type: actorType, id: actorId } = auth.actor;
    function* events(): Generator<CopyValue[]> {
      for (const record of created) {
        const imported: ImportedEvent = {
          kind: 'imported',
          summary: `${job.filename}, row ${record.rowNumber}`,
          details: { importId: job.id, rowNumber: record.rowNumber },
        };
        for (const event of [imported, ...(record.events ?? [])]) {
          yield [
            timeOrderedUuid(),
            subjectType,
            record.id,
            event.kind,
            occurredAt,
            actorType,
            actorId,
            event.summary.slice(0, 500),
            JSON.stringify(event.details),
          ];
        }
      }
    }
    function* entries(): Generator<CopyValue[]> {
      for (const record of created) {
        yield [
          timeOrderedUuid(),
          subjectType,
          record.id,
          'create',
          actorType,
          actorId,
          auth.requestId ?? null,
          JSON.stringify(record.changes),
        ];
      }
    }
    function* domainEvents(): Generator<NewDomainEvent> {
      for (const record of created) {
        yield {
          id: timeOrderedUuid(),
          type: domainEventType(subjectType, 'create'),
          subjectType,
          subjectId: record.id,
          actorType,
          actorId,
          changedFields: Object.keys(record.changes),
          requestId: auth.requestId ?? null,
        };
      }
    }
    await copyRows(manager, 'timeline_events', TIMELINE_COLUMNS, events());
    await copyRows(manager, 'audit_log', AUDIT_COLUMNS, entries());
    if (created.length > 0) await this.outbox.addMany(manager, domainEvents());
  }
}
