import { english, zh } from '../../../shared/i18n/__tests__/fixed-translators';
import { notificationText } from '../notification-text';

const han = /[\u4e00-\u9fff]/;
const notification = (
  kind: string,
  params: Record<string, string | number | null> | null,
  title = 'stored title',
) => ({ kind, params, title, body: 'Acme · East' });

describe('notificationText', () => {
  it('renders a lead assignment in the reader’s language only, from its params', () => {
    const assigned = notification('lead-assigned', { leadNumber: 'L-000123', leadName: 'Wang' });
    expect(notificationText(zh, assigned)).toEqual({
      title: '新线索 L-000123 Wang',
      body: 'Acme · East',
    });
    const inEnglish = notificationText(english, assigned).title;
    expect(inEnglish).toBe('New lead L-000123 Wang');
    expect(inEnglish).not.toMatch(han);
  });

  it('renders reminders, follow-ups and imports in either language', () => {
    const reminder = notification('task-reminder', {
      taskTitle: 'Call back',
      about: 'Acme',
      dueAt: null,
    });
    expect(notificationText(zh, reminder)).toEqual({ title: '任务提醒：Call back', body: 'Acme' });
    expect(notificationText(english, reminder)).toEqual({
      title: 'Reminder: Call back',
      body: 'Acme',
    });
    const due = notificationText(english, {
      ...reminder,
      params: { ...reminder.params, dueAt: '2026-12-07T10:00:00.000Z' },
    });
    expect(due.body).toMatch(/^Acme · due 2026-12-\d\d \d\d:\d\d$/);
    const followUp = notification('lead-follow-up', { leadNumber: 'L-000007', leadName: '王芳' });
    expect(notificationText(zh, followUp).title).toBe('跟进线索 L-000007 王芳');
    expect(notificationText(english, followUp).title).toBe('Follow up L-000007 王芳');
    const imported = notification('leads-imported', { count: 10, filename: 'leads.csv' });
    expect(notificationText(zh, imported).title).toBe('从 leads.csv 导入了 10 条新线索');
    expect(notificationText(english, imported).title).toBe('10 new leads from leads.csv');
    expect(
      notificationText(english, { ...imported, params: { count: 1, filename: 'a.csv' } }).title,
    ).toBe('1 new lead from a.csv');
  });

  it('shows the stored text of older notifications, unknown kinds and incomplete params', () => {
    const old = notification('lead-assigned', null, 'New lead L-000001 王芳 / 新线索');
    expect(notificationText(english, old)).toEqual({
      title: 'New lead L-000001 王芳 / 新线索',
      body: 'Acme · East',
    });
    expect(notificationText(zh, notification('something-new', { a: 'b' })).title).toBe(
      'stored title',
    );
    expect(notificationText(zh, notification('lead-assigned', { leadName: 'x' })).title).toBe(
      'stored title',
    );
  });
});
