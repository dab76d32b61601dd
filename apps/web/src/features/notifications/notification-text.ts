import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { NotificationResponse } from './notification-types';

type Params = NonNullable<NotificationResponse['params']>;

const text = (params: Params, key: string): string | null =>
  typeof params[key] === 'string' ? params[key] : null;

/**
 * A notification's title and body in the console's language, made from its kind and params;
 * the stored title and body (the recipient's saved language) for older notifications
 * without params and for kinds this console does not know.
 */
export function notificationText(
  t: TFunction,
  notification: Pick<NotificationResponse, 'title' | 'body' | 'params'> & { kind: string },
): { title: string; body: string } {
  const stored = { title: notification.title, body: notification.body };
  const params = notification.params;
  if (!params) return stored;
  switch (notification.kind) {
    case 'lead-assigned':
    case 'lead-follow-up': {
      const leadNumber = text(params, 'leadNumber');
      const leadName = text(params, 'leadName');
      if (leadNumber === null || leadName === null) return stored;
      return {
        title: t(`notifications.texts.${notification.kind}`, { leadNumber, leadName }),
        body: notification.body,
      };
    }
    case 'task-reminder': {
      const taskTitle = text(params, 'taskTitle');
      if (taskTitle === null) return stored;
      const dueAt = text(params, 'dueAt');
      const due = dueAt
        ? t('notifications.texts.due', { time: dayjs(dueAt).format('YYYY-MM-DD HH:mm') })
        : null;
      return {
        title: t('notifications.texts.task-reminder', { taskTitle }),
        body: [text(params, 'about'), due].filter(Boolean).join(' · '),
      };
    }
    case 'leads-imported': {
      const filename = text(params, 'filename');
      const total = params.count;
      if (filename === null || typeof total !== 'number') return stored;
      return {
        title:
          total === 1
            ? t('notifications.texts.leads-imported-one', { filename })
            : t('notifications.texts.leads-imported', { filename, total }),
        body: notification.body,
      };
    }
    default:
      return stored;
  }
}
