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
  },
  subjectTypes: {
    task: '任务',
    lead: '线索',
    customer: '客户',
  },
};
