import { headerKey } from './suggest-mapping';

type Language = 'zh-CN' | 'en';
type Labels = Readonly<Record<Language, Readonly<Record<string, string>>>>;

/**
 * The enums that spreadsheets show by label, each value's label per language. Exports
 * write these labels, and imports read them back (as well as the codes themselves), so a
 * file exported in either language re-imports.
 */
export const ENUM_LABELS = {
  customerKind: {
    'zh-CN': { company: '企业', person: '个人' },
    en: { company: 'Company', person: 'Person' },
  },
  customerTier: {
    'zh-CN': { potential: '潜在', intent: '意向', deal: '成交', loyal: '忠诚', churned: '流失' },
    en: {
      potential: 'Potential',
      intent: 'Intent',
      deal: 'Deal',
      loyal: 'Loyal',
      churned: 'Churned',
    },
  },
  customerRole: {
    'zh-CN': {
      customer: '客户',
      debtor: '债务人',
      supplier: '供应商',
      partner: '合作伙伴',
      competitor: '竞争对手',
    },
    en: {
      customer: 'Customer',
      debtor: 'Debtor',
      supplier: 'Supplier',
      partner: 'Partner',
      competitor: 'Competitor',
    },
  },
  leadSource: {
    'zh-CN': {
      'web-form': '网站表单',
      social: '社交媒体',
      phone: '电话',
      email: '邮件',
      event: '展会活动',
      dealer: '经销商',
      import: '导入',
      api: 'API',
      other: '其他',
    },
    en: {
      'web-form': 'Web form',
      social: 'Social media',
      phone: 'Phone',
      email: 'Email',
      event: 'Event',
      dealer: 'Dealer',
      import: 'Import',
      api: 'API',
      other: 'Other',
    },
  },
  leadStatus: {
    'zh-CN': {
      new: '新线索',
      contacted: '已联系',
      qualified: '已确认',
      converted: '已转化',
      disqualified: '无效',
    },
    en: {
      new: 'New',
      contacted: 'Contacted',
      qualified: 'Qualified',
      converted: 'Converted',
      disqualified: 'Disqualified',
    },
  },
} satisfies Record<string, Labels>;

export type LabelledEnum = keyof typeof ENUM_LABELS;

/**
 * A reader of one enum's cells: a value by its code, its zh-CN or English label, or one
 * of the extra synonyms people write (ignoring case, spaces and punctuation, as header
 * matching does). Undefined when the text names no value.
 */
export function enumCellReader<Code extends string>(
  name: LabelledEnum,
  codes: readonly Code[],
  synonyms: Readonly<Record<string, Code>> = {},
): (text: string) => Code | undefined {
  const table = new Map<string, Code>();
  const add = (text: string, code: Code) => {
    const key = headerKey(text);
    if (!table.has(key)) table.set(key, code);
  };
  for (const code of codes) add(code, code);
  for (const language of ['zh-CN', 'en'] as const) {
    const labels = ENUM_LABELS[name][language] as Record<string, string>;
    for (const code of codes) if (labels[code] !== undefined) add(labels[code], code);
  }
  for (const [text, code] of Object.entries(synonyms)) add(text, code);
  return (text) => table.get(headerKey(text));
}
