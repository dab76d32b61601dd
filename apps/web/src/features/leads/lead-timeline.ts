import type { TimelineSubject } from '../../shared/timeline/timeline-subject';
import { leadQueryKeys } from './hooks/lead-query-keys';
import { leadSubject } from './lead-subject';
import type { LeadResponse } from './lead-types';

/** A lead's timeline; its `created` event shows the lead's name as it was entered. */
export const leadTimeline: TimelineSubject<LeadResponse> = {
  collection: 'leads',
  permissionSubject: leadSubject,
  interactions: {
    collection: 'leads',
    alsoChanges: (id) => [leadQueryKeys.detail(id)],
    nextFollowUpHint: 'timeline.nextFollowUpReminderHint',
  },
};
