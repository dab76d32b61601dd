/**
 * What a notification says, as a kind and the values its text is made of. The console
 * renders these in its reader's language; the stored title (and the e-mail) is the text in
 * the recipient's saved language, zh-CN when none, for API clients and older rows.
 */
export type NotificationText =
  | { kind: 'lead-assigned'; params: { leadNumber: string; leadName: string } }
  | { kind: 'lead-follow-up'; params: { leadNumber: string; leadName: string } }
  | {
      kind: 'task-reminder';
      params: { taskTitle: string; about: string | null; dueAt: string | null };
    }
  | { kind: 'leads-imported'; params: { count: number; filename: string } };

export type NotificationKind = NotificationText['kind'];
export type NotificationParams = Record<string, string | number | null>;

export const NOTIFICATION_KINDS = [
  'task-reminder',
  'lead-follow-up',
  'lead-assigned',
  'leads-imported',
] as const satisfies readonly NotificationKind[];

type TextLocale = 'zh-CN' | 'en';

/** The title and, where the kind has words in it, the body in one language. */
export function renderNotification(
  text: NotificationText,
  locale: string | null,
): { title: string; body?: string } {
  const lang: TextLocale = locale === 'en' ? 'en' : 'zh-CN';
  const zh = lang === 'zh-CN';
  switch (text.kind) {
    case 'lead-assigned': {
      const { leadNumber, leadName } = text.params;
      return {
        title: zh ? `新线索 ${leadNumber} ${leadName}` : `New lead ${leadNumber} ${leadName}`,
      };
    }
    case 'lead-follow-up': {
      const { leadNumber, leadName } = text.params;
      return {
        title: zh ? `跟进线索 ${leadNumber} ${leadName}` : `Follow up ${leadNumber} ${leadName}`,
      };
    }
    case 'task-reminder': {
      const { taskTitle, about, dueAt } = text.params;
      const due = dueAt ? (zh ? `截止 ${dueAt}` : `due ${dueAt}`) : null;
      return {
        title: zh ? `任务提醒：${taskTitle}` : `Reminder: ${taskTitle}`,
        body: [about, due].filter(Boolean).join(' · '),
      };
    }
    case 'leads-imported': {
      const { count, filename } = text.params;
      return {
        title: zh
          ? `从 ${filename} 导入了 ${count} 条新线索`
          : `${count} new ${count === 1 ? 'lead' : 'leads'} from ${filename}`,
      };
    }
  }
}
