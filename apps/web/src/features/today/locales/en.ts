/** English strings of the Today page (`today.*`). */
export const todayEn = {
  title: 'Today',
  subtitle: 'Your follow-ups for {{date}}',
  allClear: 'Nothing to follow up today.',
  overdue: 'Overdue',
  dueAt: 'Due {{time}}',
  followUpAt: 'Follow up {{time}}',
  more: '{{count}} more not shown',
  staleItem: 'Someone changed this item meanwhile; the list shows it as it is now.',
  doneMessage: 'Task done.',
  snoozedMessage: 'Moved to {{day}}.',
  loggedMessage: 'Call logged.',
  groups: {
    overdueTasks: 'Overdue tasks',
    dueTodayTasks: 'Due today',
    leads: 'Leads to follow up',
    customers: 'Customers to follow up',
  },
  actions: {
    logCall: 'Log call',
    done: 'Done',
  },
  snooze: {
    label: 'Snooze',
    tomorrow: 'Tomorrow',
    nextWeek: 'Next week',
    pick: 'Pick a date…',
    pickTitle: 'Snooze to a day',
    day: 'Day',
  },
  logCall: {
    title: 'Log a call with {{name}}',
    submit: 'Log call',
    summary: 'What was said',
    outcome: 'Outcome',
    nextFollowUpOn: 'Next follow-up',
  },
};
