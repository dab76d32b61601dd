import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import type { Page } from '../common/pagination/keyset';
import { type TimelineEventResponse, toTimelineEventResponse } from './dto/timeline-event.dto';
import type { TimelineEventKind, TimelineSubject } from './entities/timeline-event.entity';
import { TimelineRepository } from './timeline.repository';

export interface TimelineEntry {
  subjectType: TimelineSubject;
  subjectId: string;
  kind: TimelineEventKind;
  summary: string;
  details?: Record<string, unknown>;
  occurredAt?: Date;
}

/**
 * Every module writes its events here, inside its own transaction. Reading checks
 * nothing: callers first prove the caller may read the subject record.
 */
@Injectable()
export class TimelineService {
  constructor(private readonly timeline: TimelineRepository) {}

  /** Writes the entries; returns their ids in order. */
  async record(
    manager: EntityManager,
    auth: AuthContext | null,
    entries: TimelineEntry[],
  ): Promise<string[]> {
    return this.timeline.insert(
      manager,
      entries.map((entry) => ({
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
        kind: entry.kind,
        summary: entry.summary.slice(0, 500),
        details: entry.details ?? {},
        occurredAt: entry.occurredAt ?? new Date(),
        actorType: auth ? auth.actor.type : 'system',
        actorId: auth ? auth.actor.id : null,
      })),
    );
  }

  /** Gives a merged-away record's history to the survivor. */
  moveSubject(
    manager: EntityManager,
    subjectType: TimelineSubject,
    fromId: string,
    toId: string,
  ): Promise<void> {
    return this.timeline.moveAll(manager, subjectType, fromId, toId);
  }

  async get(manager: EntityManager, id: string): Promise<TimelineEventResponse | null> {
    const event = await this.timeline.findById(manager, id);
    return event ? toTimelineEventResponse(event) : null;
  }

  async list(
    subjectType: TimelineSubject,
    subjectId: string,
    filter: { limit?: number; cursor?: string; kinds?: TimelineEventKind[] },
  ): Promise<Page<TimelineEventResponse>> {
    const page = await this.timeline.list(subjectType, subjectId, filter);
    return { items: page.items.map(toTimelineEventResponse), nextCursor: page.nextCursor };
  }
}
