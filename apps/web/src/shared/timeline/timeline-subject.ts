import type { SubjectRecord } from '@kehu/domain';
import type { QueryKey } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import type { InteractionCollection, TimelineCollection } from './timeline-types';

/** Where a record's interactions are logged, and what logging one changes. */
export interface TimelineInteractions {
  collection: InteractionCollection;
  /** Other queries a logged interaction changes (the record itself, follow-up tasks). */
  alsoChanges: (recordId: string) => QueryKey[];
  /** What a next follow-up day sets up for this kind of record (a task, a reminder…). */
  nextFollowUpHint: ParseKeys;
}

/** What the timeline panel reads of the record it belongs to. */
export interface TimelineRecord {
  id: string;
  name: string;
  owner: { id: string; name: string } | null;
}

/**
 * A kind of record with a timeline. A module gives its records one by describing them
 * here and passing the description to `<TimelinePanel subject={…} />`.
 */
export interface TimelineSubject<R extends TimelineRecord = TimelineRecord> {
  /** Its timeline is `GET /api/v1/<collection>/{id}/timeline`, cached under `<collection>`. */
  collection: TimelineCollection;
  /** The record as the permission rules test it: logging an interaction needs `update`. */
  permissionSubject: (record: R) => SubjectRecord;
  /**
   * Calls, emails, meetings, visits and notes are logged with
   * `POST /api/v1/<collection>/{id}/interactions`; absent for a record without that route.
   */
  interactions?: TimelineInteractions;
  /** What its `created` event says; without one, the event's summary is shown. */
  createdKey?: ParseKeys;
}

/** Every cached page of one record's timeline, whatever kinds it was filtered to. */
export function timelineQueryKey(collection: TimelineCollection, recordId: string) {
  return [collection, 'timeline', recordId] as const;
}
