import { allOf } from '../enum-values';
import type { InteractionKind, TimelineEventKind } from './timeline-types';

export const INTERACTION_KINDS = allOf<InteractionKind>()([
  'call',
  'email',
  'meeting',
  'visit',
  'note',
]);

export const TIMELINE_EVENT_KINDS = allOf<TimelineEventKind>()([
  'call',
  'email',
  'meeting',
  'visit',
  'note',
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
]);
