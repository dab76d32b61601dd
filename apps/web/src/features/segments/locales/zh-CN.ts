import type { TranslationShape } from '../../../shared/i18n/translation-shape';
import type { segmentsEn } from './en';

/** 客户分群的中文文案（`segments.*`）。 */
export const segmentsZhCN: TranslationShape<typeof segmentsEn> = {
  title: '客户分群',
  subtitle: '自动更新的筛选条件（如高价值、流失风险）和手工挑选客户的静态名单。',
  newFromList: '从客户列表新建分群',
  searchPlaceholder: '搜索分群',
  empty: '还没有分群。请在客户列表中筛选后选择“保存为分群”。',
  deleteConfirm: '删除此分群？其中的客户不受影响，分群之后可以恢复。',
  editTitle: '编辑分群',
  refine: '修改条件',
  refineHelp: '用这些条件打开客户列表，调整后可另存为新分群。',
  memberCount: '{{count}} 个客户',
  fields: {
    name: '名称',
    description: '说明',
    kind: '类型',
    members: '成员',
    owner: '创建人',
  },
  kinds: {
    dynamic: '动态分群',
    static: '静态名单',
  },
  picker: {
    label: '分群',
    placeholder: '全部分群',
    none: '还没有分群',
  },
  save: {
    button: '保存为分群',
    disabledHelp: '请先搜索或筛选列表；已选择的分群不能再次保存。',
    title: '将当前筛选条件保存为分群',
    help: '分群保存这些搜索词和筛选条件，始终显示当前符合条件的客户。',
    namePlaceholder: '例如：华东高价值客户',
    done: '分群“{{name}}”已保存。',
  },
  addToList: {
    button: '加入名单',
    title: '将 {{count}} 个客户加入静态名单',
    existing: '已有名单',
    new: '新建名单',
    list: '名单',
    submit: '加入',
    done: '已将 {{count}} 个客户加入“{{name}}”。',
  },
  removeFromList: {
    button: '移出此名单',
    done: '已从名单移出 {{count}} 个客户。',
  },
};
