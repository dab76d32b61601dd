import type { InteractionKind } from '../timeline/entities/timeline-event.entity';
import type { DemoCustomer } from './demo-customers';
import { SeededRandom } from './seeded-random';
import { isoDay } from './demo-format';

const DAY = 86_400_000;

const SCRIPTS: ReadonlyArray<{ kind: InteractionKind; summary: string; outcomes: string[] }> = [
  {
    kind: 'call',
    summary: '电话沟通需求，客户关注交期和价格',
    outcomes: ['客户要求下周报价', '需要技术方案再议', '暂无预算，季度末再联系'],
  },
  {
    kind: 'call',
    summary: '电话跟进报价',
    outcomes: ['等待预算审批', '客户要求 5% 折扣', '同意安排现场拜访'],
  },
  {
    kind: 'email',
    summary: '发送产品资料和报价单',
    outcomes: ['客户已确认收到', '转给采购部评估'],
  },
  {
    kind: 'email',
    summary: '发送修改后的合同草案',
    outcomes: ['法务审核中', '预计下周收到盖章合同'],
  },
  {
    kind: 'meeting',
    summary: '线上会议演示系统，对方技术负责人参加',
    outcomes: ['演示效果好，进入试用', '需对接现有 ERP，安排技术交流'],
  },
  {
    kind: 'meeting',
    summary: '与采购部季度业务回顾',
    outcomes: ['下季度采购量预测上调', '付款条件需重新商定'],
  },
  {
    kind: 'visit',
    summary: '上门拜访，参观生产线，确认样品要求',
    outcomes: ['样品要求已确认，两周内寄样', '客户引荐了集团兄弟公司'],
  },
  {
    kind: 'note',
    summary: '客户下季度有扩产计划，需重点跟进',
    outcomes: ['列入重点跟进名单'],
  },
];

export interface DemoInteraction {
  customer: number;
  kind: InteractionKind;
  summary: string;
  occurredAt: Date;
  participants: string[];
  outcome: string | null;
  nextFollowUpOn: string | null;
}

/**
 * Calls, emails, meetings, visits and notes with the demo customers the sales team
 * works (about five each, none with the people who are only contacts), between the
 * customer's creation and now; oldest first per customer. Participants are the owner
 * and the company's contacts.
 */
export function demoInteractions(
  customers: readonly DemoCustomer[],
  count: number,
  peopleOf: (customer: number) => string[],
  ownerName: (owner: DemoCustomer['owner']) => string,
  now: Date,
  seed: number,
): DemoInteraction[] {
  const random = new SeededRandom(seed);
  const interactions: DemoInteraction[] = [];
  for (let index = 0; index < count; index++) {
    const customer = customers[index];
    const span = now.getTime() - customer.createdAt.getTime();
    const times = Array.from(
      { length: random.int(0, 10) },
      () => new Date(customer.createdAt.getTime() + random.next() * span),
    ).sort((a, b) => a.getTime() - b.getTime());
    const people = peopleOf(index);
    for (const occurredAt of times) {
      const script = random.pick(SCRIPTS);
      const met = people.length > 0 ? random.pick(people) : customer.name;
      const followUp = script.kind !== 'note' && random.chance(0.4);
      interactions.push({
        customer: index,
        kind: script.kind,
        summary: script.summary,
        occurredAt,
        participants: [ownerName(customer.owner), met],
        outcome: random.pick(script.outcomes),
        nextFollowUpOn: followUp
          ? isoDay(new Date(occurredAt.getTime() + random.int(3, 21) * DAY))
          : null,
      });
    }
  }
  return interactions;
}
