import { Injectable } from '@nestjs/common';
import {
  type AssignableLead,
  findAssignmentRule,
  leastLoadedMember,
  nextRoundRobinMember,
} from '@kehu/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
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
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `takeTurn: false` only looks (testing a sample lead) and moves no cursor. */
  async assign(
    manager: EntityManager,
    lead: AssignableLead,
    options: { takeTurn: boolean } = { takeTurn: true },
  ): Promise<LeadAssignment> {
    const { rules, fallbackTeamId } = await this.settings.assignment();
    const rule = findAssignmentRule(rules, lead);
    const fallback: LeadAssignment = {
      ruleId: null,
      ruleName: null,
      strategy: 'fallback',
      ownerId: null,
      teamId: fallbackTeamId,
    };
    if (rule === null) return fallback;
    const chosen = { ruleId: rule.id, ruleName: rule.name };
    if (rule.strategy === 'user') {
      const teams: Array<{ teamId: string }> = await manager.query(
        `SELECT ut.team_id AS "teamId" FROM user_teams ut JOIN teams t ON t.id = ut.team_id
          WHERE ut.user_id = $1 AND t.deleted_at IS NULL ORDER BY t.name LIMIT 1`,
        [rule.userId],
      );
      return {
        ...chosen,
        strategy: 'user',
        ownerId: rule.userId ?? null,
        teamId: teams[0]?.teamId ?? null,
      };
    }
    const teamId = rule.teamId ?? null;
    if (teamId === null) return fallback;
    const members = await this.leads.teamMembers(manager, teamId);
    let ownerId: string | null;
    if (rule.strategy === 'round-robin') {
      const last = options.takeTurn
        ? await this.leads.lockCursor(manager, rule.id)
        : await this.peekCursor(manager, rule.id);
      ownerId = nextRoundRobinMember(members, last);
      if (ownerId !== null && options.takeTurn)
        await this.leads.moveCursor(manager, rule.id, ownerId);
    } else {
      if (options.takeTurn) await this.leads.lockCursor(manager, rule.id);
      ownerId = leastLoadedMember(await this.leads.openLeadCounts(manager, members));
    }
    return { ...chosen, strategy: rule.strategy, ownerId, teamId };
  }

  /** Where a sample lead would go now; takes no turn and writes nothing. */
  async testSample(sample: AssignmentTestRequest): Promise<AssignmentTestResponse> {
    const result = await this.dataSource.transaction((manager) =>
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
