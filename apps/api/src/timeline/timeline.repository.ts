import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import {
  TimelineEvent,
  type TimelineEventKind,
  type TimelineSubjectType,
} from './entities/timeline-event.entity';

export type NewTimelineEvent = Omit<TimelineEvent, 'id' | 'createdAt'>;

@Injectable()
export class TimelineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, events: NewTimelineEvent[]): Promise<string[]> {
    if (events.length === 0) return [];
    const result = await manager.insert(
      TimelineEvent,
      events as QueryDeepPartialEntity<TimelineEvent>[],
    );
    return result.identifiers.map((identifier) => (identifier as { id: string }).id);
  }

  findById(manager: EntityManager, id: string): Promise<TimelineEvent | null> {
    return manager.findOne(TimelineEvent, { where: { id } });
  }

  list(
    subjectType: TimelineSubjectType,
    subjectId: string,
    filter: KeysetRequest & { kinds?: TimelineEventKind[] },
  ): Promise<Page<TimelineEvent>> {
    const query = this.dataSource
      .getRepository(TimelineEvent)
      .createQueryBuilder('event')
      .where('event.subjectType = :subjectType AND event.subjectId = :subjectId', {
        subjectType,
        subjectId,
      });
    if (filter.kinds?.length) query.andWhere('event.kind IN (:...kinds)', { kinds: filter.kinds });
    return paginate(query, filter, { occurredAt: 'event.occurredAt' }, '-occurredAt');
  }

  /** Moves a merged-away record's history to the survivor. */
  async moveAll(
    manager: EntityManager,
    subjectType: TimelineSubjectType,
    fromId: string,
    toId: string,
  ): Promise<void> {
    await manager.update(TimelineEvent, { subjectType, subjectId: fromId }, { subjectId: toId });
  }
}
