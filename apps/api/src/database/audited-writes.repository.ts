import { Injectable } from '@nestjs/common';
import type { EntityManager, EntityTarget } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { assertVersion, updateVersioned } from '../common/versioning/versioned-update';
import { TransactionRunner } from './transaction-runner';
import type { VersionedEntity } from './versioned-entity';

/** How a kind of record is written: its entity class, audit name and audited fields. */
export interface AuditedTarget<Entity extends VersionedEntity> {
  entity: EntityTarget<Entity>;
  auditName: string;
  fields: readonly string[];
  secretFields?: readonly string[];
}

type ExtraWork = (manager: EntityManager) => Promise<void>;

/**
 * The write paths every versioned record shares — create, versioned update, soft delete,
 * restore — each in one transaction with its audit entry.
 */
@Injectable()
export class AuditedWrites {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  create<Entity extends VersionedEntity>(
    auth: AuthContext | null,
    target: AuditedTarget<Entity>,
    values: QueryDeepPartialEntity<Entity>,
    extra?: (manager: EntityManager, created: Entity) => Promise<void>,
  ): Promise<Entity> {
    return this.transactions.run(async (manager) => {
      const inserted = await manager.insert(target.entity, values);
      const id = (inserted.identifiers[0] as { id: string }).id;
      const row = await manager.findOneOrFail(target.entity, { where: { id } as never });
      await extra?.(manager, row);
      await this.audit.record(manager, auth, {
        entity: target.auditName,
        entityId: id,
        action: 'create',
        after: row as unknown as Record<string, unknown>,
        fields: target.fields,
        secretFields: target.secretFields,
      });
      return row;
    });
  }

  update<Entity extends VersionedEntity>(
    auth: AuthContext | null,
    target: AuditedTarget<Entity>,
    current: Entity,
    ifMatch: number | undefined,
    changes: QueryDeepPartialEntity<Entity>,
    extra?: ExtraWork,
  ): Promise<void> {
    assertVersion(current.version, ifMatch);
    return this.transactions.run(async (manager) => {
      await updateVersioned(manager, target.entity, current.id, current.version, changes);
      await extra?.(manager);
      await this.audit.record(manager, auth, {
        entity: target.auditName,
        entityId: current.id,
        action: 'update',
        before: current as unknown as Record<string, unknown>,
        after: { ...current, ...(changes as Record<string, unknown>) },
        fields: target.fields,
        secretFields: target.secretFields,
      });
    });
  }

  softDelete<Entity extends VersionedEntity>(
    auth: AuthContext | null,
    target: AuditedTarget<Entity>,
    current: Entity,
    ifMatch: number | undefined,
    extra?: ExtraWork,
  ): Promise<void> {
    assertVersion(current.version, ifMatch);
    return this.transactions.run(async (manager) => {
      await extra?.(manager);
      await updateVersioned(manager, target.entity, current.id, current.version, {
        deletedAt: () => 'now()',
      } as QueryDeepPartialEntity<Entity>);
      await this.audit.record(manager, auth, {
        entity: target.auditName,
        entityId: current.id,
        action: 'delete',
        fields: [],
      });
    });
  }

  restore<Entity extends VersionedEntity>(
    auth: AuthContext | null,
    target: AuditedTarget<Entity>,
    current: Entity,
  ): Promise<void> {
    return this.transactions.run(async (manager) => {
      await updateVersioned(manager, target.entity, current.id, current.version, {
        deletedAt: null,
      } as unknown as QueryDeepPartialEntity<Entity>);
      await this.audit.record(manager, auth, {
        entity: target.auditName,
        entityId: current.id,
        action: 'restore',
        fields: [],
      });
    });
  }
}
