import type { TranslationShape } from '../../i18n/translation-shape';
import type { layoutsEn } from './en';

/** 页面布局设置的中文文案（`layouts.*`）。 */
export const layoutsZhCN: TranslationShape<typeof layoutsEn> = {
  button: '布局',
  title: '页面布局',
  sources: {
    user: '你的个人布局',
    role: '{{role}}的默认布局',
    'built-in': '标准布局',
  },
  panels: '面板',
  panelsHelp:
    '拖动面板左侧的把手调整顺序；使用键盘时，聚焦把手后按空格键，用方向键移动，再按空格键放下。',
  move: '移动「{{name}}」',
  show: '显示',
  collapsed: '折叠',
  collapse: '折叠「{{name}}」',
  expand: '展开「{{name}}」',
  profileFields: '资料字段',
  profileFieldsHelp: '不选则显示你可查看的全部字段。',
  allFields: '全部字段',
  customField: '自定义字段',
  save: '保存',
  saved: '布局已保存，在任何设备登录都会使用。',
  reset: '恢复默认',
  resetDone: '已恢复默认布局。',
  roleDefault: '角色默认布局',
  roleDefaultHelp: '该角色中未自行调整此页面的用户将使用这个布局。',
  role: '角色',
  saveAsDefault: '保存为该角色的默认布局',
  roleDefaultSaved: '已保存为{{role}}的默认布局。',
};
