import { Injectable } from '@nestjs/common';
import { domainEventType, fieldChanges } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { timeOrderedUuid } from '../common/crypto/time-ordered-uuid';
import type { Page } from '../common/pagination/keyset';
import { changedFieldNames } from '../domain-events/changed-field-names';
import { DomainEventOutbox } from '../domain-events/domain-event-outbox';
import { AuditRepository, type AuditListFilter } from './audit.repository';
import type { ActorType, AuditAction } from './entities/audit-entry.entity';
import { type AuditEntryResponse, toAuditEntryResponse } from './dto/audit-entry.dto';

export interface AuditedChange {
  entity: string;
  entityId: string;
  action: AuditAction;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  /** The fields to compare and log. */
  fields: readonly string[];
  secretFields?: readonly string[];
  /**
   * The domain event's name where the action says too little (`lead.converted` for the
   * update that converts a lead); by default the entity and the action's verb.
   */
  event?: string;
}

/**
 * Writes the audit trail inside the caller's transaction, so no change goes unrecorded,
 * and with each entry its domain event in the outbox.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly outbox: DomainEventOutbox,
  ) {}

  async record(manager: EntityManager, auth: AuthContext | null, change: AuditedChange) {
    await this.recordMany(manager, auth, [change]);
  }

  /** Many changes in one insert (bulk operations). */
  async recordMany(manager: EntityManager, auth: AuthContext | null, changes: AuditedChange[]) {
    if (changes.length === 0) return;
    const actorType: ActorType = auth ? auth.actor.type : 'system';
    const actorId = auth ? auth.actor.id : null;
    const requestId = auth?.requestId ?? null;
    const entries = changes.map((change) => ({
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      actorType,
      actorId,
      requestId,
      changes: fieldChanges(
        change.before ?? {},
        change.after ?? {},
        change.fields,
        change.secretFields,
      ),
    }));
    await this.audit.insert(manager, entries);
    await this.outbox.add(
      manager,
      changes.map((change, index) => ({
        id: timeOrderedUuid(),
        type: domainEventType(change.entity, change.action, change.event),
        subjectType: change.entity,
        subjectId: change.entityId,
        actorType,
        actorId,
        // Names only: secret and financial values stay in the audit log.
        changedFields: changedFieldNames(entries[index].changes),
        requestId,
      })),
    );
  }

  async list(filter: AuditListFilter): Promise<Page<AuditEntryResponse>> {
    const page = await this.audit.list(filter);
    return { items: page.items.map(toAuditEntryResponse), nextCursor: page.nextCursor };
  }
}
