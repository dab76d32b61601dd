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
    'leads-imported': 'Leads imported',
  },
  /** A notification's text by its kind, from its params. */
  texts: {
    'lead-assigned': 'New lead {{leadNumber}} {{leadName}}',
    'lead-follow-up': 'Follow up {{leadNumber}} {{leadName}}',
    'task-reminder': 'Reminder: {{taskTitle}}',
    'leads-imported': '{{total}} new leads from {{filename}}',
    'leads-imported-one': '1 new lead from {{filename}}',
    due: 'due {{time}}',
  },
  subjectTypes: {
    task: 'Task',
    lead: 'Lead',
    customer: 'Customer',
  },
};
