import type { NotificationResponse } from './notification-types';

/**
 * Where clicking a notification leads: the customer's or lead's page directly; a task
 * needs its record looked up first (`task`); nothing when it names no record.
 */
export type NotificationTarget =
  { kind: 'path'; path: string } | { kind: 'task'; taskId: string } | { kind: 'none' };

export function notificationTarget(
  notification: Pick<NotificationResponse, 'subjectType' | 'subjectId'>,
): NotificationTarget {
  const { subjectType, subjectId } = notification;
  if (!subjectType || !subjectId) return { kind: 'none' };
  if (subjectType === 'customer') return { kind: 'path', path: `/customers/${subjectId}` };
  if (subjectType === 'lead') return { kind: 'path', path: `/leads/${subjectId}` };
  return { kind: 'task', taskId: subjectId };
}
