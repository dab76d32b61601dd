import { Injectable } from '@nestjs/common';
import {
  type AssignableLead,
  type AssignmentRule,
  findAssignmentRule,
  leastLoadedMember,
  nextRoundRobinMember,
} from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import type { AssignmentTestRequest, AssignmentTestResponse } from './dto/lead-settings.dto';
import { LeadSettingsService } from './lead-settings.service';
import { LeadsRepository } from './leads.repository';

export interface LeadAssignment {
  ruleId: string | null;
  ruleName: string | null;
  strategy: 'user' | 'round-robin' | 'least-open-leads' | 'fallback';
  ownerId: string | null;
  teamId: string | null;
}

/**
 * Applies the assignment rules to a lead inside the caller's transaction. The rule is
 * chosen by the domain function; a round-robin turn is taken under a row lock on the
 * rule's cursor, so API processes running side by side never hand out the same turn.
 */
@Injectable()
export class LeadAssignmentService {
  constructor(
    private readonly settings: LeadSettingsService,
    private readonly leads: LeadsRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /** `takeTurn: false` only looks (testing a sample lead) and moves no cursor. */
  async assign(
    manager: EntityManager,
    lead: AssignableLead,
    options: { takeTurn: boolean } = { takeTurn: true },
  ): Promise<LeadAssignment> {
    const [assignment] = await this.assignMany(manager, [lead], options);
    return assignment;
  }

  /**
   * Assigns many leads at once (an import batch), in their order: each rule's team, its
   * members and its cursor are read once, round-robin turns are handed out in sequence
   * and the cursor is moved once, least-loaded counts grow as leads are handed out.
   */
  async assignMany(
    manager: EntityManager,
    leads: readonly AssignableLead[],
    options: { takeTurn: boolean } = { takeTurn: true },
  ): Promise<LeadAssignment[]> {
    const { rules, fallbackTeamId } = await this.settings.assignment();
    const fallback: LeadAssignment = {
      ruleId: null,
      ruleName: null,
      strategy: 'fallback',
      ownerId: null,
      teamId: fallbackTeamId,
    };
    const assignments: LeadAssignment[] = leads.map(() => fallback);
    const leadsByRule = new Map<string, number[]>();
    leads.forEach((lead, index) => {
      const rule = findAssignmentRule(rules, lead);
      if (rule) leadsByRule.set(rule.id, [...(leadsByRule.get(rule.id) ?? []), index]);
    });
    // Rules in list order, so concurrent batches lock cursors in the same order.
    for (const rule of rules.filter((candidate) => leadsByRule.has(candidate.id))) {
      const indexes = leadsByRule.get(rule.id) ?? [];
      const owners = await this.ownersByRule(manager, rule, indexes.length, options.takeTurn);
      if (owners === null) continue;
      indexes.forEach((leadIndex, turn) => {
        assignments[leadIndex] = {
          ruleId: rule.id,
          ruleName: rule.name,
          strategy: rule.strategy,
          ownerId: owners.ownerIds[turn],
          teamId: owners.teamId,
        };
      });
    }
    return assignments;
  }

  /** The owners a rule gives its next `count` leads, or null for the fallback queue. */
  private async ownersByRule(
    manager: EntityManager,
    rule: AssignmentRule,
    count: number,
    takeTurn: boolean,
  ): Promise<{ teamId: string | null; ownerIds: Array<string | null> } | null> {
    if (rule.strategy === 'user') {
      const teams: Array<{ teamId: string }> = await manager.query(
        `SELECT ut.team_id AS "teamId" FROM user_teams ut JOIN teams t ON t.id = ut.team_id
          WHERE ut.user_id = $1 AND t.deleted_at IS NULL ORDER BY t.name LIMIT 1`,
        [rule.userId],
      );
      return {
        teamId: teams[0]?.teamId ?? null,
        ownerIds: Array.from({ length: count }, () => rule.userId ?? null),
      };
    }
    const teamId = rule.teamId ?? null;
    if (teamId === null) return null;
    const members = await this.leads.teamMembers(manager, teamId);
    const ownerIds: Array<string | null> = [];
    if (rule.strategy === 'round-robin') {
      let last = takeTurn
        ? await this.leads.lockCursor(manager, rule.id)
        : await this.peekCursor(manager, rule.id);
      for (let turn = 0; turn < count; turn++) {
        const next = nextRoundRobinMember(members, last);
        ownerIds.push(next);
        last = next ?? last;
      }
      if (last !== null && ownerIds.some((id) => id !== null) && takeTurn)
        await this.leads.moveCursor(manager, rule.id, last);
    } else {
      if (takeTurn) await this.leads.lockCursor(manager, rule.id);
      const loads = await this.leads.openLeadCounts(manager, members);
      for (let turn = 0; turn < count; turn++) {
        const next = leastLoadedMember(loads);
        ownerIds.push(next);
        const load = loads.find((member) => member.userId === next);
        if (load) load.openLeads++;
      }
    }
    return { teamId, ownerIds };
  }

  /** Where a sample lead would go now; takes no turn and writes nothing. */
  async testSample(sample: AssignmentTestRequest): Promise<AssignmentTestResponse> {
    const result = await this.transactions.run((manager) =>
      this.assign(
        manager,
        {
          region: sample.region ?? null,
          productInterest: sample.productInterest ?? null,
          source: sample.source,
          score: sample.score,
        },
        { takeTurn: false },
      ),
    );
    const { ownerId, ...rest } = result;
    return { ...rest, userId: ownerId };
  }

  private async peekCursor(manager: EntityManager, ruleId: string): Promise<string | null> {
    const rows: Array<{ last_user_id: string | null }> = await manager.query(
      'SELECT last_user_id FROM lead_assignment_cursors WHERE rule_id = $1',
      [ruleId],
    );
    return rows[0]?.last_user_id ?? null;
  }
}
