import type { TimelineSubject } from '../../shared/timeline/timeline-subject';
import { taskQueryKeys } from '../tasks/hooks/task-query-keys';
import { customerSubject } from './customer-subject';
import type { CustomerResponse } from './customer-types';
import { customerQueryKeys } from './hooks/customer-query-keys';

/** A customer's timeline; a next follow-up day of a logged interaction becomes a task. */
export const customerTimeline: TimelineSubject<CustomerResponse> = {
  collection: 'customers',
  permissionSubject: customerSubject,
  interactions: {
    collection: 'customers',
    alsoChanges: (id) => [customerQueryKeys.detail(id), taskQueryKeys.all],
    nextFollowUpHint: 'timeline.nextFollowUpTaskHint',
  },
  createdKey: 'customers.timeline.created',
};
