import { Injectable } from '@nestjs/common';
import { fieldChanges } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import type { Page } from '../common/pagination/keyset';
import { AuditRepository, type AuditListFilter } from './audit.repository';
import type { AuditAction } from './entities/audit-entry.entity';
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
}

/** Writes the audit trail inside the caller's transaction, so no change goes unrecorded. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  async record(manager: EntityManager, auth: AuthContext | null, change: AuditedChange) {
    await this.recordMany(manager, auth, [change]);
  }

  /** Many changes in one insert (bulk operations). */
  async recordMany(manager: EntityManager, auth: AuthContext | null, changes: AuditedChange[]) {
    if (changes.length === 0) return;
    await this.audit.insert(
      manager,
      changes.map((change) => ({
        entity: change.entity,
        entityId: change.entityId,
        action: change.action,
        actorType: auth ? auth.actor.type : 'system',
        actorId: auth ? auth.actor.id : null,
        requestId: auth?.requestId ?? null,
        changes: fieldChanges(
          change.before ?? {},
          change.after ?? {},
          change.fields,
          change.secretFields,
        ),
      })),
    );
  }

  async list(filter: AuditListFilter): Promise<Page<AuditEntryResponse>> {
    const page = await this.audit.list(filter);
    return { items: page.items.map(toAuditEntryResponse), nextCursor: page.nextCursor };
  }
}
