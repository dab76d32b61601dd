import type { TranslationShape } from '../../../shared/i18n/translation-shape';
import type { tasksEn } from './en';

/** 任务的中文文案（`tasks.*`）。 */
export const tasksZhCN: TranslationShape<typeof tasksEn> = {
  title: '任务',
  subtitle: '客户和线索上的电话、拜访和待办事项，含截止与提醒时间。',
  panelTitle: '任务',
  new: '新建任务',
  createTitle: '新建任务',
  editTitle: '编辑任务',
  searchPlaceholder: '搜索任务',
  empty: '暂无任务。',
  markDone: '完成',
  reopen: '重新打开',
  deleteConfirm: '删除此任务？删除后可以立即恢复。',
  fields: {
    title: '任务',
    description: '详情',
    parent: '关联对象',
    assignee: '负责人',
    dueAt: '截止时间',
    reminderAt: '提醒时间',
    priority: '优先级',
    status: '状态',
  },
  form: {
    parentPlaceholder: '输入客户或线索名称',
    parentRequired: '请选择此任务关联的客户或线索。',
    typeToSearch: '输入以搜索客户和线索',
    noMatch: '没有匹配的客户或线索。',
    assigneePlaceholder: '我',
    assigneeHelp: '留空则由我负责。',
  },
  filters: {
    openAny: '未完成',
    due: '截止',
  },
  dueRanges: {
    overdue: '已逾期',
    today: '今天之内',
    thisWeek: '本周之内',
  },
  parentTypes: {
    customer: '客户',
    lead: '线索',
  },
  priorities: {
    urgent: '紧急',
    high: '高',
    normal: '普通',
    low: '低',
  },
  statuses: {
    open: '待办',
    'in-progress': '进行中',
    done: '已完成',
    cancelled: '已取消',
  },
};
