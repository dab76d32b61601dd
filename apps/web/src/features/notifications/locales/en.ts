/** English strings of the notification bell (`notifications.*`). */
export const notificationsEn = {
  title: 'Notifications',
  bell: 'Notifications, {{count}} unread',
  markAllRead: 'Mark all read',
  empty: 'No notifications yet.',
  unread: 'Unread',
};
