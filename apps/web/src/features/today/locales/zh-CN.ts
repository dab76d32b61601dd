import type { TranslationShape } from '../../../shared/i18n/translation-shape';
import type { todayEn } from './en';

/** 今日需跟进页面的中文文案（`today.*`）。 */
export const todayZhCN: TranslationShape<typeof todayEn> = {
  title: '今日需跟进',
  subtitle: '{{date}} 的跟进事项',
  allClear: '今天没有需要跟进的事项。',
  overdue: '已逾期',
  dueAt: '截止 {{time}}',
  followUpAt: '跟进 {{time}}',
  more: '另有 {{count}} 项未显示',
  staleItem: '此事项已被他人修改，列表已显示最新内容。',
  doneMessage: '任务已完成。',
  snoozedMessage: '已推迟到 {{day}}。',
  loggedMessage: '通话已记录。',
  groups: {
    overdueTasks: '逾期任务',
    dueTodayTasks: '今日到期',
    leads: '待跟进线索',
    customers: '待跟进客户',
  },
  actions: {
    logCall: '记录通话',
    done: '完成',
  },
  snooze: {
    label: '推迟',
    tomorrow: '明天',
    nextWeek: '下周',
    pick: '选择日期…',
    pickTitle: '推迟到某天',
    day: '日期',
  },
  logCall: {
    title: '记录与 {{name}} 的通话',
    submit: '记录通话',
    summary: '通话内容',
    outcome: '结果',
    nextFollowUpOn: '下次跟进',
  },
};
