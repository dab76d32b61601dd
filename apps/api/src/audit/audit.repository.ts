import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import { User } from '../users/entities/user.entity';
import { AuditEntry } from './entities/audit-entry.entity';

export interface AuditListFilter extends KeysetRequest {
  entity?: string;
  entityId?: string;
  actorId?: string;
}

export type AuditEntryWithActor = AuditEntry & { actorName: string | null };

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    entries: Array<Omit<AuditEntry, 'id' | 'createdAt'>>,
  ): Promise<void> {
    // jsonb columns are typed too strictly by TypeORM's insert(); entries are plain rows.
    await manager.insert(AuditEntry, entries as Array<QueryDeepPartialEntity<AuditEntry>>);
  }

  /** Newest first; the actor's name comes from one join, not a query per row. */
  async list(filter: AuditListFilter): Promise<Page<AuditEntryWithActor>> {
    const query = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('audit')
      .leftJoinAndMapOne('audit.actor', User, 'actor', 'actor.id = audit.actorId')
      .withDeleted();
    if (filter.entity) query.andWhere('audit.entity = :entity', { entity: filter.entity });
    if (filter.entityId)
      query.andWhere('audit.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) query.andWhere('audit.actorId = :actorId', { actorId: filter.actorId });
    const page = await paginate(query, filter, { createdAt: 'audit.createdAt' }, '-createdAt');
    return {
      items: page.items.map((entry) =>
        Object.assign(entry, {
          actorName: (entry as AuditEntry & { actor?: User }).actor?.name ?? null,
        }),
      ),
      nextCursor: page.nextCursor,
    };
  }
}
