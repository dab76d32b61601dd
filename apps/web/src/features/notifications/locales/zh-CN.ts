import type { TranslationShape } from '../../../shared/i18n/translation-shape';
import type { notificationsEn } from './en';

/** 通知铃铛的中文文案（`notifications.*`）。 */
export const notificationsZhCN: TranslationShape<typeof notificationsEn> = {
  title: '通知',
  bell: '通知，{{count}} 条未读',
  markAllRead: '全部标为已读',
  empty: '暂无通知。',
  unread: '未读',
};
