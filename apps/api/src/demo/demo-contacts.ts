import type { CustomFieldValue } from '@kehu/domain';
import { type DemoCustomer, GIVEN, SURNAMES } from './demo-customers';
import { SeededRandom } from './seeded-random';
import { pad } from './demo-format';

const ZH_POSITIONS = [
  { title: '总经理', department: '总经办' },
  { title: '采购经理', department: '采购部' },
  { title: '财务总监', department: '财务部' },
  { title: '技术总监', department: '研发部' },
  { title: 'IT 经理', department: '信息部' },
  { title: '行政主管', department: '行政部' },
  { title: '销售总监', department: '销售部' },
  { title: '生产经理', department: '生产部' },
];
const EN_POSITIONS = [
  { title: 'Managing Director', department: 'Management' },
  { title: 'Procurement Manager', department: 'Procurement' },
  { title: 'CFO', department: 'Finance' },
  { title: 'Head of Engineering', department: 'Engineering' },
  { title: 'IT Manager', department: 'IT' },
  { title: 'Office Manager', department: 'Administration' },
];
const EN_FIRST = ['Emily', 'David', 'Sophie', 'Michael', 'Anna', 'James', 'Grace', 'Oliver'];
const EN_LAST = ['Chen', 'Wang', 'Liu', 'Zhang', 'Müller', 'Smith', 'Lin', 'Brown', 'Schmidt'];
const NOTES = [
  '周一上午方便联系',
  '决策人，需提前预约',
  '偏好微信沟通',
  '偏好邮件沟通，一天内回复',
  null,
  null,
  null,
];

/** A person at a demo company: `person` and `company` index the dataset's customers. */
export interface DemoContact {
  company: number;
  person: number;
  title: string;
  department: string;
  primary: boolean;
  notes: string | null;
  createdAt: Date;
  /** Values of the demo's contact custom fields (demo-custom-fields.ts). */
  customFields: Record<string, CustomFieldValue>;
}

/** Interests (option keys, in the options' order) a demo contact may have; none for some. */
const INTERESTS: ReadonlyArray<string[]> = [['tea'], ['golf'], [], ['tea', 'hiking'], ['hiking']];

/**
 * A demo contact's custom field values, from its index rather than the random source, so
 * the rest of the demo data stays as it was.
 */
function contactCustomFields(n: number): Record<string, CustomFieldValue> {
  const interests = INTERESTS[n % INTERESTS.length];
  return {
    ...(interests.length > 0 ? { interests } : {}),
    birthday_greeting: n % 4 !== 3,
  };
}

function isEnglish(name: string): boolean {
  return /^[A-Za-z]/.test(name);
}

/**
 * One to four people for most demo companies, each a person customer of their own (as
 * the API creates contacts): owned, shared and entered like their company, with a
 * title and department there; the first is the primary contact. The people are
 * appended after `customers`, so `person` indexes count on from `customers.length`.
 */
export function demoContacts(
  customers: readonly DemoCustomer[],
  now: Date,
  seed: number,
): { people: DemoCustomer[]; contacts: DemoContact[] } {
  const random = new SeededRandom(seed);
  const people: DemoCustomer[] = [];
  const contacts: DemoContact[] = [];
  customers.forEach((company, companyIndex) => {
    if (company.kind !== 'company' || !random.chance(0.85)) return;
    const english = isEnglish(company.name);
    const positions = [...(english ? EN_POSITIONS : ZH_POSITIONS)];
    const count = random.int(1, 4);
    for (let k = 0; k < count; k++) {
      const n = people.length;
      const position = positions.splice(random.int(0, positions.length - 1), 1)[0];
      const name = english
        ? `${random.pick(EN_FIRST)} ${random.pick(EN_LAST)}`
        : `${random.pick(SURNAMES)}${random.pick(GIVEN)}${random.chance(0.4) ? random.pick(GIVEN).slice(0, 1) : ''}`;
      const createdAt = new Date(
        company.createdAt.getTime() +
          random.next() * Math.min(90 * 86_400_000, now.getTime() - company.createdAt.getTime()),
      );
      contacts.push({
        company: companyIndex,
        person: customers.length + n,
        title: position.title,
        department: position.department,
        primary: k === 0,
        notes: random.pick(NOTES),
        createdAt,
        customFields: contactCustomFields(n),
      });
      people.push({
        kind: 'person',
        name,
        tier: company.tier,
        roles: ['customer'],
        source: company.source,
        industry: null,
        region: company.region,
        phones: [{ type: 'mobile', value: `158${pad(20_000_000 + n * 11, 8)}`, primary: true }],
        emails: [
          {
            type: 'work',
            value: `staff${n}@corp${companyIndex}.${english ? 'example.com' : 'example.cn'}`,
            primary: true,
          },
        ],
        addresses: [],
        imHandles: random.chance(0.5) ? [{ type: 'wechat', value: `wx_c${pad(n, 4)}` }] : [],
        website: null,
        taxId: null,
        companySize: null,
        annualRevenue: null,
        creditLimit: null,
        gender: random.pick(['female', 'male']),
        birthDate: null,
        occupation: position.title,
        owner: company.owner,
        sharedWithTeam: company.sharedWithTeam,
        createdAt,
        nextFollowUpOn: null,
      });
    }
  });
  return { people, contacts };
}
