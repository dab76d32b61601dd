import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Interactions people log; later modules add their own kinds (ticket-opened, …). */
export const INTERACTION_KINDS = ['call', 'email', 'meeting', 'visit', 'note'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** Events the system writes by itself. */
export const SYSTEM_EVENT_KINDS = [
  'created',
  'owner-changed',
  'tier-changed',
  'merged',
  'imported',
  'restored',
  'relationship-added',
  'relationship-changed',
  'relationship-removed',
  'assigned',
  'status-changed',
  'converted',
  'lead-history',
] as const;
export type SystemEventKind = (typeof SYSTEM_EVENT_KINDS)[number];

export type TimelineEventKind = InteractionKind | SystemEventKind;

/**
 * The kinds of record that have a timeline, as stored. A module adding one also registers
 * its `TimelineSubject` (`timeline-subjects.ts`) for the routes.
 */
export type TimelineSubjectType = 'customer' | 'lead';

/**
 * One entry of a record's timeline (客户跟进记录 and system events), newest first.
 * Keyed by subject, so leads, tickets and opportunities reuse the same table.
 */
@Entity('timeline_events')
@Index('timeline_events_subject_idx', ['subjectType', 'subjectId', 'occurredAt', 'id'])
export class TimelineEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  subjectType!: TimelineSubjectType;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: TimelineEventKind;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 10 })
  actorType!: 'user' | 'apiKey' | 'system';

  @Column({ type: 'varchar', length: 500 })
  summary!: string;

  /** Kind-specific detail: participants, outcome, next follow-up, old/new owner, … */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
