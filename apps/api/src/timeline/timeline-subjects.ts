import { Injectable } from '@nestjs/common';
import type { SubjectName } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { NotFoundError } from '../common/errors/app-error';
import type { TimelineEventResponse } from './dto/timeline-event.dto';
import type {
  InteractionKind,
  TimelineEventKind,
  TimelineSubjectType,
} from './entities/timeline-event.entity';

/** What a text of one timeline operation says in the OpenAPI document. */
export interface TimelineOperationText {
  summary: string;
  description: string;
  /** The success response's description. */
  response?: string;
}

/**
 * The routes of a record kind's timeline, known when the app is built:
 * `GET /<path>/:id/timeline` and `POST /<path>/:id/interactions`, guarded by the
 * subject's read and update permissions. Operation ids are `<authzSubject>Timeline_list`
 * and `<authzSubject>Timeline_log`.
 */
export interface TimelineRoutes {
  /** What the events of this record kind store as subject type. */
  subjectType: TimelineSubjectType;
  /** The CASL subject of the parent record. */
  authzSubject: SubjectName;
  /** The route segment of the parent record (`customers`). */
  path: string;
  /** The OpenAPI tag the operations are listed under. */
  tag: string;
  list: TimelineOperationText;
  log: TimelineOperationText;
}

/** An interaction being logged, as the subject's own work sees it. */
export interface LoggedInteraction {
  kind: InteractionKind;
  summary: string;
  occurredAt: Date;
  participants: string[];
  outcome: string | null;
  /** The day the caller means to follow up next (YYYY-MM-DD), when they gave one. */
  nextFollowUpOn: string | null;
  /** The request's Accept-Language header, for texts written on the caller's behalf. */
  acceptLanguage: string | undefined;
}

/** Work run in the logging's transaction, after the event is written. */
export type TimelineWork = (manager: EntityManager) => Promise<void>;

/**
 * A record kind with a timeline (customer, lead; opportunities, tickets later). Its module
 * provides one and registers it with `TimelineSubjects` from `onModuleInit`; the shared
 * service and the routes made by `timelineController(routes)` do the rest.
 */
export interface TimelineSubject<Parent extends object = object> {
  readonly routes: TimelineRoutes;
  /**
   * The parent record, loaded through its repository with the caller's read permissions
   * in the query; throws NotFoundError (404) when it is missing or unreadable.
   */
  findReadable(auth: AuthContext, id: string): Promise<Parent>;
  /**
   * What logging an interaction changes on the parent (its last activity, next
   * follow-up, follow-up tasks …). Reads happen here, before the transaction; the
   * returned work runs in it. The caller's update permission is checked before.
   */
  prepareInteraction(
    auth: AuthContext,
    parent: Parent,
    interaction: LoggedInteraction,
  ): Promise<TimelineWork>;
  /** The kinds this caller may read on such a timeline; every kind when left out. */
  readableKinds?(auth: AuthContext): readonly TimelineEventKind[];
  /** Narrows an event to what this caller may see of it; the whole event when left out. */
  present?(auth: AuthContext, event: TimelineEventResponse): TimelineEventResponse;
}

/** The record kinds with a timeline, by subject type. */
@Injectable()
export class TimelineSubjects {
  private readonly subjects = new Map<string, TimelineSubject>();

  register<Parent extends object>(subject: TimelineSubject<Parent>): void {
    const type = subject.routes.subjectType;
    if (this.subjects.has(type))
      throw new Error(`the timeline subject ${type} is registered already`);
    this.subjects.set(type, subject);
  }

  /** The registered subject; 404 for a kind of record without a timeline. */
  get(type: string): TimelineSubject {
    const subject = this.subjects.get(type);
    if (!subject) throw new NotFoundError('The timeline');
    return subject;
  }
}

/**
 * The kinds a list asks the database for: those requested (every kind when none),
 * narrowed to those the caller may read. `undefined` means no narrowing; an empty list
 * means nothing can match.
 */
export function kindsToList(
  requested: TimelineEventKind | TimelineEventKind[] | undefined,
  readable: readonly TimelineEventKind[] | undefined,
): TimelineEventKind[] | undefined {
  const asked = requested === undefined ? undefined : [requested].flat();
  if (readable === undefined) return asked;
  return asked === undefined ? [...readable] : asked.filter((kind) => readable.includes(kind));
}
