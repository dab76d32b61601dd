/** English strings of the notification bell (`notifications.*`). */
export const notificationsEn = {
  title: 'Notifications',
  bell: 'Notifications, {{count}} unread',
  markAllRead: 'Mark all read',
  empty: 'No notifications yet.',
  unread: 'Unread',
  kinds: {
    'task-reminder': 'Task reminder',
    'lead-follow-up': 'Lead follow-up',
    'lead-assigned': 'Lead assigned',
  },
  subjectTypes: {
    task: 'Task',
    lead: 'Lead',
    customer: 'Customer',
  },
};
