import type { TranslationShape } from '../../../shared/i18n/translation-shape';
import type { customFieldsEn } from './en';

/** 自定义字段的中文文案（`customFields.*`）：所属记录类型、字段类型和适用的客户类型。 */
export const customFieldsZhCN: TranslationShape<typeof customFieldsEn> = {
  recordTypes: {
    customer: '客户',
    contact: '联系人',
    lead: '线索',
  },
  appliesTo: {
    company: '企业客户',
    person: '个人客户',
    both: '企业和个人客户',
  },
  types: {
    text: '文本',
    long_text: '多行文本',
    number: '数字',
    currency: '金额',
    percent: '百分比',
    date: '日期',
    datetime: '日期时间',
    boolean: '是 / 否',
    single_select: '单选',
    multi_select: '多选',
    user: '用户',
    url: '网址',
    email: '邮箱',
    phone: '电话',
  },
};
