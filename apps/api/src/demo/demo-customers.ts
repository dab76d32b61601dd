import type {
  CustomerRole,
  CustomerTier,
  PostalAddress,
} from '../customers/entities/customer.entity';
import { SeededRandom } from './seeded-random';
import { isoDay, pad } from './demo-format';

const CITIES = [
  {
    province: '上海市',
    city: '上海市',
    districts: ['浦东新区', '徐汇区', '静安区', '闵行区'],
    region: '华东',
    area: '21',
  },
  {
    province: '北京市',
    city: '北京市',
    districts: ['朝阳区', '海淀区', '东城区'],
    region: '华北',
    area: '10',
  },
  {
    province: '广东省',
    city: '广州市',
    districts: ['天河区', '越秀区', '番禺区'],
    region: '华南',
    area: '20',
  },
  {
    province: '广东省',
    city: '深圳市',
    districts: ['南山区', '福田区', '宝安区'],
    region: '华南',
    area: '755',
  },
  {
    province: '浙江省',
    city: '杭州市',
    districts: ['西湖区', '滨江区', '余杭区'],
    region: '华东',
    area: '571',
  },
  {
    province: '江苏省',
    city: '苏州市',
    districts: ['工业园区', '姑苏区', '吴中区'],
    region: '华东',
    area: '512',
  },
  {
    province: '四川省',
    city: '成都市',
    districts: ['高新区', '武侯区', '锦江区'],
    region: '西南',
    area: '28',
  },
  {
    province: '湖北省',
    city: '武汉市',
    districts: ['洪山区', '江汉区', '武昌区'],
    region: '华中',
    area: '27',
  },
] as const;

const ZH_PREFIXES = [
  '华腾',
  '恒通',
  '瑞丰',
  '金桥',
  '博远',
  '中科',
  '天宇',
  '新源',
  '嘉禾',
  '东方',
  '宏达',
  '长城',
  '星辰',
  '蓝海',
  '汇智',
  '联创',
];
const ZH_TRADES = [
  { word: '科技', industry: '信息技术' },
  { word: '机械制造', industry: '制造业' },
  { word: '贸易', industry: '批发零售' },
  { word: '医疗器械', industry: '医疗健康' },
  { word: '新材料', industry: '制造业' },
  { word: '物流', industry: '交通物流' },
  { word: '食品', industry: '食品饮料' },
  { word: '建筑工程', industry: '建筑业' },
];
const ZH_SUFFIXES = ['有限公司', '股份有限公司', '集团有限公司'];
const EN_NAMES = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Cyberdyne',
  'Tyrell',
  'Wonka',
];
const EN_TRADES = [
  { word: 'Electronics', industry: '信息技术' },
  { word: 'Logistics', industry: '交通物流' },
  { word: 'Foods', industry: '食品饮料' },
  { word: 'Medical', industry: '医疗健康' },
];
const EN_SUFFIXES = ['Co., Ltd.', 'Inc.', 'Ltd.', 'GmbH'];
export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
export const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '强',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '建华',
  '志强',
  '晓东',
];
const EN_PEOPLE = [
  'Emily Chen',
  'David Wang',
  'Sophie Liu',
  'Michael Zhang',
  'Anna Müller',
  'James Smith',
  'Grace Lin',
  'Oliver Brown',
];
/** Where a customer came from: free text, in the demo's language like every demo value. */
const SOURCES = ['官网', '展会', '转介绍', '电话', '邮件', '经销商', '社交媒体'];
const TIERS: CustomerTier[] = [
  'potential',
  'potential',
  'intent',
  'intent',
  'deal',
  'deal',
  'loyal',
  'churned',
];

export interface DemoCustomer {
  kind: 'company' | 'person';
  name: string;
  tier: CustomerTier;
  roles: CustomerRole[];
  source: string;
  industry: string | null;
  region: string;
  phones: Array<{ type: string; value: string; primary: boolean }>;
  emails: Array<{ type: string; value: string; primary: boolean }>;
  addresses: PostalAddress[];
  imHandles: Array<{ type: string; value: string }>;
  website: string | null;
  taxId: string | null;
  companySize: string | null;
  annualRevenue: string | null;
  creditLimit: string | null;
  gender: string | null;
  birthDate: string | null;
  occupation: string | null;
  owner: 'rep1' | 'rep2' | 'rep3' | 'manager' | 'partner';
  sharedWithTeam: boolean;
  createdAt: Date;
  nextFollowUpOn: string | null;
}

/**
 * About 500 realistic customers, the same on every machine: Chinese and English
 * companies and persons across regions, created over the last two years, owned by the
 * demo reps (some entered by the dealer).
 */
export function demoCustomers(count = 500, now = new Date(), seed = 20261126): DemoCustomer[] {
  const random = new SeededRandom(seed);
  const customers: DemoCustomer[] = [];
  const usedNames = new Set<string>();
  for (let index = 0; index < count; index++) {
    const place = random.pick(CITIES);
    const district = random.pick(place.districts);
    const isCompany = random.chance(0.7);
    const english = random.chance(0.2);
    let name: string;
    let industry: string | null = null;
    if (isCompany) {
      do {
        if (english) {
          const trade = random.pick(EN_TRADES);
          industry = trade.industry;
          name = `${random.pick(EN_NAMES)} ${trade.word} ${random.pick(EN_SUFFIXES)}`;
        } else {
          const trade = random.pick(ZH_TRADES);
          industry = trade.industry;
          name = `${place.city.replace('市', '')}${random.pick(ZH_PREFIXES)}${trade.word}${random.pick(ZH_SUFFIXES)}`;
        }
      } while (usedNames.has(name) && usedNames.size < 5000);
    } else {
      name = english ? random.pick(EN_PEOPLE) : `${random.pick(SURNAMES)}${random.pick(GIVEN)}`;
    }
    usedNames.add(name);
    const createdAt = new Date(
      now.getTime() - random.int(1, 730) * 86_400_000 - random.int(0, 86_399) * 1000,
    );
    const owner = random.chance(0.1)
      ? 'partner'
      : random.pick(['rep1', 'rep1', 'rep2', 'rep2', 'rep3', 'manager'] as const);
    const tier = random.pick(TIERS);
    const roles: CustomerRole[] = random.chance(0.1)
      ? ['customer', 'partner']
      : random.chance(0.05)
        ? ['supplier']
        : ['customer'];
    customers.push({
      kind: isCompany ? 'company' : 'person',
      name,
      tier,
      roles,
      source: owner === 'partner' ? '经销商' : random.pick(SOURCES),
      industry,
      region: place.region,
      phones: [
        isCompany
          ? {
              type: 'work',
              value: `0${place.area}-${pad(60_000_000 + index * 7, 8)}`,
              primary: true,
            }
          : {
              type: 'mobile',
              value: `13${random.int(5, 9)}${pad(10_000_000 + index * 13, 8)}`,
              primary: true,
            },
      ],
      emails: [
        {
          type: 'work',
          value: isCompany
            ? `contact${index}@${english ? 'example.com' : 'example.cn'}`
            : `user${index}@mail.example.cn`,
          primary: true,
        },
      ],
      addresses: [
        {
          type: isCompany ? 'office' : 'home',
          country: '中国',
          province: place.province,
          city: place.city,
          district,
          street: `${random.pick(['科技路', '人民路', '中山路', '建设路', '解放路'])} ${random.int(1, 999)} 号`,
          postalCode: pad(random.int(100000, 699999), 6),
          primary: true,
        },
      ],
      imHandles: random.chance(0.4) ? [{ type: 'wechat', value: `wx_${pad(index, 4)}` }] : [],
      website: isCompany && random.chance(0.5) ? `https://www${index}.example.cn` : null,
      taxId: isCompany
        ? `91${place.area.padEnd(4, '0')}${pad(index, 6)}MA${pad(random.int(0, 99999), 5)}X`.slice(
            0,
            18,
          )
        : null,
      companySize: isCompany ? random.pick(['1-9', '10-49', '50-199', '200-999', '1000+']) : null,
      // A channel partner may not set financial fields, so their customers have none.
      annualRevenue: unlessPartner(owner, isCompany ? `${random.int(1, 500) * 100_000}.00` : null),
      creditLimit: unlessPartner(
        owner,
        tier === 'deal' || tier === 'loyal' ? `${random.int(1, 50) * 10_000}.00` : null,
      ),
      gender: isCompany ? null : random.pick(['female', 'male']),
      birthDate: isCompany
        ? null
        : `${random.int(1960, 2000)}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`,
      occupation: isCompany
        ? null
        : random.pick(['采购经理', '总经理', '工程师', '财务总监', '设计师']),
      owner,
      sharedWithTeam: random.chance(0.3),
      createdAt,
      nextFollowUpOn:
        tier === 'churned'
          ? null
          : random.chance(0.3)
            ? isoDay(new Date(now.getTime() + random.int(-3, 14) * 86_400_000))
            : null,
    });
  }
  return customers;
}

function unlessPartner(owner: DemoCustomer['owner'], value: string | null): string | null {
  return owner === 'partner' ? null : value;
}
