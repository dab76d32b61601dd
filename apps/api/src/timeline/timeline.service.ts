import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { assertCan } from '../authz/record-access';
import type { Page } from '../common/pagination/keyset';
import { TransactionRunner } from '../database/transaction-runner';
import {
  type ListTimelineQuery,
  type LogInteractionRequest,
  type TimelineEventResponse,
  toTimelineEventResponse,
} from './dto/timeline-event.dto';
import type {
  TimelineEvent,
  TimelineEventKind,
  TimelineSubjectType,
} from './entities/timeline-event.entity';
import { kindsToList, type TimelineSubject, TimelineSubjects } from './timeline-subjects';
import { TimelineRepository } from './timeline.repository';

export interface TimelineEntry {
  subjectType: TimelineSubjectType;
  subjectId: string;
  kind: TimelineEventKind;
  summary: string;
  details?: Record<string, unknown>;
  occurredAt?: Date;
}

/**
 * Every module writes its events here, inside its own transaction. The timeline routes
 * of every registered subject read and log through here too, after proving the caller
 * may read the parent record.
 */
@Injectable()
export class TimelineService {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly subjects: TimelineSubjects,
    private readonly transactions: TransactionRunner,
  ) {}

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
    subjectType: TimelineSubjectType,
    fromId: string,
    toId: string,
  ): Promise<void> {
    return this.timeline.moveAll(manager, subjectType, fromId, toId);
  }

  /** A page of a record's timeline, newest first; 404 when the caller may not read it. */
  async list(
    auth: AuthContext,
    subjectType: string,
    subjectId: string,
    query: ListTimelineQuery,
  ): Promise<Page<TimelineEventResponse>> {
    const subject = this.subjects.get(subjectType);
    await subject.findReadable(auth, subjectId);
    const kinds = kindsToList(query.kind, subject.readableKinds?.(auth));
    if (kinds?.length === 0) return { items: [], nextCursor: null };
    const page = await this.timeline.list(subject.routes.subjectType, subjectId, {
      limit: query.limit,
      cursor: query.cursor,
      kinds,
    });
    return {
      items: page.items.map((event) => this.present(auth, subject, event)),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * Logs a call, email, meeting, visit or note on a record the caller may update, and
   * runs the subject's own work (last activity, next follow-up …) in the same transaction.
   */
  async logInteraction(
    auth: AuthContext,
    subjectType: string,
    subjectId: string,
    request: LogInteractionRequest,
    acceptLanguage?: string,
  ): Promise<TimelineEventResponse> {
    const subject = this.subjects.get(subjectType);
    const parent = await subject.findReadable(auth, subjectId);
    assertCan(auth, 'update', subject.routes.authzSubject, parent);
    const interaction = {
      kind: request.kind,
      summary: request.summary,
      occurredAt: request.occurredAt ? new Date(request.occurredAt) : new Date(),
      participants: request.participants ?? [],
      outcome: request.outcome ?? null,
      nextFollowUpOn: request.nextFollowUpOn ?? null,
      acceptLanguage,
    };
    const work = await subject.prepareInteraction(auth, parent, interaction);
    return this.transactions.run(async (manager) => {
      const [eventId] = await this.record(manager, auth, [
        {
          subjectType: subject.routes.subjectType,
          subjectId,
          kind: interaction.kind,
          summary: interaction.summary,
          occurredAt: interaction.occurredAt,
          details: {
            participants: interaction.participants,
            outcome: interaction.outcome,
            nextFollowUpOn: interaction.nextFollowUpOn,
          },
        },
      ]);
      await work(manager);
      const event = (await this.timeline.findById(manager, eventId)) as TimelineEvent;
      return this.present(auth, subject, event);
    });
  }

  private present(
    auth: AuthContext,
    subject: TimelineSubject,
    event: TimelineEvent,
  ): TimelineEventResponse {
    const response = toTimelineEventResponse(event);
    return subject.present ? subject.present(auth, response) : response;
  }
}
