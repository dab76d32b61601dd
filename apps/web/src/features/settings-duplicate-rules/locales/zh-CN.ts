import type { TranslationShape } from '../../../shared/i18n/translation-shape';
import type { duplicateRulesEn } from './en';

/** 系统设置 → 查重规则的中文文案（`duplicateRules.*`）。 */
export const duplicateRulesZhCN: TranslationShape<typeof duplicateRulesEn> = {
  title: '查重规则',
  subtitle: '新建或编辑客户时，如何与已有客户比对（查重 / 撞单）。',
  howTitle: '各模式的含义',
  modeHelp: {
    block: '不能保存该客户，并提示已有客户及其负责人。',
    warn: '列出相似客户，由用户确认后再保存。',
    off: '不比对该字段。',
  },
  normalization:
    '电话、邮箱和税号先规范化再比对（+86、空格、横线、全角字符、大小写）。名称和地址按相似度比对，并忽略“有限公司”、Co., Ltd.、Inc. 等后缀。',
  field: '字段',
  comparison: '比对方式',
  mode: '模式',
  threshold: '相似度阈值',
  exact: '精确',
  similarity: '相似度',
  exactHelp: '规范化后完全相同',
  fields: {
    phone: '电话',
    email: '邮箱',
    taxId: '税号',
    name: '名称',
    address: '地址',
  },
  descriptions: {
    phone: '客户的任一电话号码。',
    email: '客户的任一邮箱地址。',
    taxId: '企业的统一社会信用代码。',
    name: '企业或个人名称；阈值越高，匹配越少。',
    address: '任一通讯地址；阈值越高，匹配越少。',
  },
  modes: {
    block: '禁止',
    warn: '提醒',
    off: '关闭',
  },
  reset: '放弃修改',
  saved: '查重规则已保存，将用于之后保存的客户。',
  conflictTitle: '规则未保存',
  conflictBody:
    '已有客户的{{fields}}相同，因此暂时不能设为“禁止”。请先合并或更正这些重复客户，或保持“提醒”。',
  conflictGeneric: '规则与已有客户冲突。请刷新页面后重试。',
  listSeparator: '、',
  customFieldRules: {
    title: '自定义字段规则',
    help: '该字段取值相同的客户视为重复。取值先规范化再精确比对（全角字符、大小写、电话格式）。',
    add: '为自定义字段添加规则',
    empty: '尚未对自定义字段设置规则。',
    noFields:
      '暂无可设置规则的客户自定义字段：只有文本、数字、金额、百分比、日期、日期时间、单选、用户、网址、邮箱和电话类型的字段参与比对。',
    allRuled: '所有可比对的自定义字段都已设置规则。',
    remove: '删除',
    removeRule: '删除“{{field}}”的规则',
    notApplied:
      '该字段已删除或其类型不再参与比对，此规则暂不生效；保存对自定义字段规则的修改时将移除此规则。',
    loadFailed: '无法加载自定义字段，暂时不能修改其规则。',
  },
};
