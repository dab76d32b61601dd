import type { DemoCustomer } from './demo-customers';
import { SeededRandom } from './seeded-random';

/** The built-in tag groups (created by the migration), by key. */
export type DemoTagGroup = 'geography' | 'industry' | 'purchase-history' | 'attribute';

export interface DemoTag {
  group: DemoTagGroup;
  name: string;
  color: string | null;
}

const GEOGRAPHY: Record<string, string> = {
  华东: '华东',
  华北: '华北',
  华南: '华南',
  西南: '西南',
  华中: '华中',
};
const INDUSTRY: Record<string, string> = {
  信息技术: '信息技术',
  制造业: '制造业',
  批发零售: '批发零售',
  医疗健康: '医疗健康',
  交通物流: '交通物流',
  食品饮料: '食品饮料',
  建筑业: '建筑业',
};
const FIRST_ORDER = '首购客户';
const REPEAT_BUYER = '复购客户';
const FRAMEWORK = '年度框架协议';
const DORMANT = '沉睡客户';
const PRODUCT_LINES = ['设备采购', '软件订阅', '耗材'];
const KEY_ACCOUNT = '重点客户';
const VIP = 'VIP';
const CREDIT_RISK = '信用风险';
const PRICE_SENSITIVE = '价格敏感';
const LONG_CYCLE = '决策周期长';
const TRADE_SHOW = '展会获客';

/** Every demo tag with its group and colour, named in the demo's language (Chinese). */
export const DEMO_TAGS: readonly DemoTag[] = [
  ...Object.values(GEOGRAPHY).map((name) => ({
    group: 'geography' as const,
    name,
    color: '#1677ff',
  })),
  ...Object.values(INDUSTRY).map((name) => ({
    group: 'industry' as const,
    name,
    color: '#13c2c2',
  })),
  ...[FIRST_ORDER, REPEAT_BUYER, FRAMEWORK, DORMANT, ...PRODUCT_LINES].map((name) => ({
    group: 'purchase-history' as const,
    name,
    color: name === DORMANT ? '#8c8c8c' : '#52c41a',
  })),
  { group: 'attribute', name: KEY_ACCOUNT, color: '#fa8c16' },
  { group: 'attribute', name: VIP, color: '#eb2f96' },
  { group: 'attribute', name: CREDIT_RISK, color: '#f5222d' },
  { group: 'attribute', name: PRICE_SENSITIVE, color: null },
  { group: 'attribute', name: LONG_CYCLE, color: null },
  { group: 'attribute', name: TRADE_SHOW, color: '#722ed1' },
];

/**
 * The demo tags a customer carries (names of DEMO_TAGS): its region and industry, a
 * purchase history that fits its tier, and a few attributes.
 */
export function demoTagsOf(customer: DemoCustomer, random: SeededRandom): string[] {
  const tags = [GEOGRAPHY[customer.region], customer.industry && INDUSTRY[customer.industry]];
  switch (customer.tier) {
    case 'deal':
      tags.push(FIRST_ORDER, random.pick(PRODUCT_LINES));
      break;
    case 'loyal':
      tags.push(REPEAT_BUYER, random.pick(PRODUCT_LINES));
      if (random.chance(0.5)) tags.push(FRAMEWORK, KEY_ACCOUNT);
      break;
    case 'churned':
      tags.push(DORMANT);
      break;
    case 'potential':
    case 'intent':
      if (random.chance(0.2)) tags.push(LONG_CYCLE);
      break;
  }
  if (random.chance(0.05)) tags.push(VIP);
  if (random.chance(0.05)) tags.push(CREDIT_RISK);
  if (random.chance(0.15)) tags.push(PRICE_SENSITIVE);
  if (customer.source === '展会') tags.push(TRADE_SHOW);
  return [...new Set(tags.filter((tag): tag is string => Boolean(tag)))];
}
