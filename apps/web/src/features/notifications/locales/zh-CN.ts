import type { TranslationShape } from '../../../shared/i18n/translation-shape';
import type { notificationsEn } from './en';

/** 通知铃铛的中文文案（`notifications.*`）。 */
export const notificationsZhCN: TranslationShape<typeof notificationsEn> = {
  title: '通知',
  bell: '通知，{{count}} 条未读',
  markAllRead: '全部标为已读',
  empty: '暂无通知。',
  unread: '未读',
  kinds: {
    'task-reminder': '任务提醒',
    'lead-follow-up': '线索跟进',
    'lead-assigned': '线索分配',
    'leads-imported': '线索导入',
  },
  texts: {
    'lead-assigned': '新线索 {{leadNumber}} {{leadName}}',
    'lead-follow-up': '跟进线索 {{leadNumber}} {{leadName}}',
    'task-reminder': '任务提醒：{{taskTitle}}',
    'leads-imported': '从 {{filename}} 导入了 {{total}} 条新线索',
    'leads-imported-one': '从 {{filename}} 导入了 1 条新线索',
    due: '截止 {{time}}',
  },
  subjectTypes: {
    task: '任务',
    lead: '线索',
    customer: '客户',
  },
};
