import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type AssignmentRule,
  DEFAULT_LEAD_SCORING_WEIGHTS,
  LEAD_SOURCES,
  type LeadStatus,
  scoreLead,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { Lead } from '../leads/entities/lead.entity';
import { SettingsRepository } from '../settings/settings.repository';
import { Task } from '../tasks/entities/task.entity';
import { WebForm } from '../web-forms/entities/web-form.entity';
import type { DemoOwners } from './demo-customer-seeder';
import { SeededRandom } from './seeded-random';

const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄涛', '周杰', '吴霞'];
const COMPANIES = ['云帆科技', '华腾贸易', '远景制造', '蓝海物流', '金桥电子', '星河软件'];
const PRODUCTS = ['CRM 企业版', 'CRM 标准版', '呼叫中心', '数据分析'];
const STATUSES: LeadStatus[] = [
  'new',
  'new',
  'contacted',
  'contacted',
  'qualified',
  'disqualified',
];
const HOUR = 3_600_000;

/**
 * Demo leads, tasks, assignment rules and a web form, so that every demo rep's Today
 * page has overdue and due work, and the lead settings pages have something to show.
 */
@Injectable()
export class DemoLeadSeeder {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly settings: SettingsRepository,
  ) {}

  async seed(owners: DemoOwners): Promise<void> {
    const random = new SeededRandom(20_260_601);
    const now = Date.now();
    const reps = [
      { ownerId: owners.rep1, teamId: owners.teamOf.rep1, region: '华东', dealerOrgId: null },
      { ownerId: owners.rep2, teamId: owners.teamOf.rep2, region: '华东', dealerOrgId: null },
      { ownerId: owners.rep3, teamId: owners.teamOf.rep3, region: '华南', dealerOrgId: null },
      {
        ownerId: owners.partner,
        teamId: null,
        region: '华北',
        dealerOrgId: owners.dealerOrgId,
      },
    ];
    await this.transactions.run(async (manager) => {
      for (const rep of reps) {
        for (let i = 0; i < 6; i++) {
          const status = STATUSES[i];
          const source = rep.dealerOrgId ? 'dealer' : random.pick(LEAD_SOURCES);
          const fields = {
            name: random.pick(PEOPLE),
            company: `${rep.region}${random.pick(COMPANIES)}有限公司`,
            phones: [
              {
                type: 'mobile',
                value: `139${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
                primary: true,
              },
            ],
            emails: [],
            region: rep.region,
            productInterest: random.pick(PRODUCTS),
            lastActivityAt: status === 'new' ? null : new Date(now - random.int(1, 20) * 24 * HOUR),
          };
          const open = status !== 'disqualified';
          // The first two open leads of each rep are due: one overdue, one later today.
          const followUp = open ? now + (i === 0 ? -26 * HOUR : i === 2 ? HOUR : 72 * HOUR) : null;
          const leadId = await this.insert(manager, Lead, {
            ...fields,
            source,
            status,
            disqualifiedReason: status === 'disqualified' ? '预算不足' : null,
            score: scoreLead({ ...fields, source }, DEFAULT_LEAD_SCORING_WEIGHTS, new Date(now)),
            nextFollowUpAt: followUp === null ? null : new Date(followUp),
            ownerId: rep.ownerId,
            teamId: rep.teamId,
            dealerOrgId: rep.dealerOrgId,
          });
          if (i < 3) {
            await this.insert(manager, Task, {
              title: ['电话回访', '发送报价', '安排演示'][i],
              leadId,
              assigneeId: rep.ownerId,
              dueAt: new Date(now + [-30, 2, 30][i] * HOUR),
              priority: i === 0 ? 'high' : 'normal',
              createdById: rep.ownerId,
            });
          }
        }
      }
      const rules: AssignmentRule[] = [
        {
          id: randomUUID(),
          name: '华南线索分给陈静',
          active: true,
          conditions: { regions: ['华南'] },
          strategy: 'user',
          userId: owners.rep3,
          teamId: null,
        },
        {
          id: randomUUID(),
          name: '华东网站线索轮流分配',
          active: true,
          conditions: { regions: ['华东'], sources: ['web-form'] },
          strategy: 'round-robin',
          userId: null,
          teamId: owners.teamOf.rep1,
        },
        {
          id: randomUUID(),
          name: '高分线索分给待办最少的人',
          active: true,
          conditions: { minScore: 70 },
          strategy: 'least-open-leads',
          userId: null,
          teamId: owners.teamOf.rep1,
        },
      ];
      await this.settings.save(
        manager,
        'lead-assignment',
        { rules, fallbackTeamId: owners.teamOf.manager },
        null,
      );
      await this.insert(manager, WebForm, {
        name: '官网咨询',
        publicKey: 'demo-website-enquiries',
        allowedOrigins: ['http://localhost:8080'],
        fieldMapping: {
          name: 'name',
          company: 'company',
          phone: 'phone',
          email: 'email',
          region: 'region',
          message: 'notes',
        },
      });
    });
  }

  private async insert(
    manager: EntityManager,
    entity: typeof Lead | typeof Task | typeof WebForm,
    values: object,
  ): Promise<string> {
    const result = await manager.insert(entity, values);
    return (result.identifiers[0] as { id: string }).id;
  }
}
