import type { CreateCustomFieldRequest } from '../custom-fields/dto/custom-field.dto';

const option = (key: string, zh: string, en: string) => ({ key, label: { zh, en } });

/** A few custom fields per record type, as an SME would add them in its first week. */
export const DEMO_CUSTOM_FIELDS: CreateCustomFieldRequest[] = [
  {
    recordType: 'customer',
    appliesTo: 'company',
    key: 'store_count',
    type: 'number',
    label: { zh: '门店数量', en: 'Store count' },
    helpText: { zh: '含加盟店', en: 'Franchised stores included' },
    min: 0,
    filterable: true,
    sortable: true,
  },
  {
    recordType: 'customer',
    appliesTo: 'company',
    key: 'annual_purchase_budget',
    type: 'currency',
    label: { zh: '年度采购预算', en: 'Annual purchase budget' },
    min: 0,
    hiddenFromRoles: ['channel_partner', 'service_agent'],
    readOnlyForRoles: ['sales_rep'],
    sortable: true,
  },
  {
    recordType: 'customer',
    key: 'preferred_channel',
    type: 'single_select',
    label: { zh: '首选联系方式', en: 'Preferred channel' },
    options: [
      option('wechat', '微信', 'WeChat'),
      option('phone', '电话', 'Phone'),
      option('email', '邮件', 'Email'),
      option('visit', '上门拜访', 'Visit'),
    ],
    filterable: true,
  },
  {
    recordType: 'customer',
    appliesTo: 'person',
    key: 'wechat_id',
    type: 'text',
    label: { zh: '微信号', en: 'WeChat ID' },
  },
  {
    recordType: 'contact',
    key: 'interests',
    type: 'multi_select',
    label: { zh: '兴趣爱好', en: 'Interests' },
    options: [
      option('tea', '茶', 'Tea'),
      option('golf', '高尔夫', 'Golf'),
      option('hiking', '徒步', 'Hiking'),
    ],
  },
  {
    recordType: 'contact',
    key: 'birthday_greeting',
    type: 'boolean',
    label: { zh: '生日问候', en: 'Birthday greeting' },
    defaultValue: true,
  },
  {
    recordType: 'lead',
    key: 'trade_fair_booth',
    type: 'text',
    label: { zh: '展会展位号', en: 'Trade fair booth' },
    helpText: { zh: '如 广交会 11.2 馆 C15', en: 'E.g. Canton Fair hall 11.2, C15' },
  },
  {
    recordType: 'lead',
    key: 'expected_purchase_on',
    type: 'date',
    label: { zh: '预计采购日期', en: 'Expected purchase date' },
    filterable: true,
    sortable: true,
  },
];
