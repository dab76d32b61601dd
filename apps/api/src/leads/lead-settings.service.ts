import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type AssignmentRule,
  DEFAULT_LEAD_SCORING_WEIGHTS,
  type LeadScoringWeights,
  validateAssignmentRules,
  validateLeadScoringWeights,
} from '@kehu/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { ValidationError } from '../common/errors/app-error';
import { assertVersion } from '../common/versioning/versioned-update';
import { TransactionRunner } from '../database/transaction-runner';
import { SettingsRepository } from '../settings/settings.repository';
import type { AssignmentRulesBody, LeadScoringBody } from './dto/lead-settings.dto';
import { LeadsRepository } from './leads.repository';

const ASSIGNMENT_KEY = 'lead-assignment';
const SCORING_KEY = 'lead-scoring';
/** Audit entries of settings documents name them by these fixed ids. */
const ASSIGNMENT_AUDIT_ID = '00000000-0000-0000-0000-000000000006';
const SCORING_AUDIT_ID = '00000000-0000-0000-0000-000000000007';

export interface AssignmentSettings {
  rules: AssignmentRule[];
  fallbackTeamId: string | null;
  version: number;
}

/** The admin's lead assignment rules (线索分配) and scoring weights, stored as settings. */
@Injectable()
export class LeadSettingsService {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly leads: LeadsRepository,
  ) {}

  async assignment(): Promise<AssignmentSettings> {
    const setting = await this.settings.find(ASSIGNMENT_KEY);
    if (!setting) return { rules: [], fallbackTeamId: null, version: 0 };
    const value = setting.value as Omit<AssignmentSettings, 'version'>;
    return { ...value, version: setting.version };
  }

  async replaceAssignment(
    auth: AuthContext,
    body: AssignmentRulesBody,
    ifMatch: number | undefined,
  ): Promise<AssignmentSettings> {
    const before = await this.assignment();
    assertVersion(before.version, ifMatch);
    const rules: AssignmentRule[] = body.rules.map((rule) => ({
      id: rule.id ?? randomUUID(),
      name: rule.name.trim(),
      active: rule.active ?? true,
      conditions: rule.conditions,
      strategy: rule.strategy,
      userId: rule.strategy === 'user' ? (rule.userId ?? null) : null,
      teamId: rule.strategy === 'user' ? null : (rule.teamId ?? null),
    }));
    const errors = validateAssignmentRules(rules);
    await this.assertReferencesExist(rules, body.fallbackTeamId ?? null, errors);
    if (errors.length > 0)
      throw new ValidationError(errors.map((message) => ({ field: 'rules', message })));
    const value = { rules, fallbackTeamId: body.fallbackTeamId ?? null };
    await this.transactions.run(async (manager) => {
      await this.settings.save(manager, ASSIGNMENT_KEY, value, auth.actor.id);
      await this.audit.record(manager, auth, {
        entity: 'setting',
        entityId: ASSIGNMENT_AUDIT_ID,
        action: 'update',
        before: { rules: before.rules, fallbackTeamId: before.fallbackTeamId },
        after: value,
        fields: ['rules', 'fallbackTeamId'],
      });
    });
    return this.assignment();
  }

  async scoring(): Promise<LeadScoringWeights> {
    const setting = await this.settings.find(SCORING_KEY);
    return setting ? (setting.value as LeadScoringWeights) : DEFAULT_LEAD_SCORING_WEIGHTS;
  }

  async replaceScoring(auth: AuthContext, body: LeadScoringBody): Promise<LeadScoringWeights> {
    const weights: LeadScoringWeights = {
      source: { ...body.source },
      completeness: body.completeness,
      recentActivity: body.recentActivity,
      activityWindowDays: body.activityWindowDays,
    };
    const errors = validateLeadScoringWeights(weights);
    if (errors.length > 0)
      throw new ValidationError(errors.map((message) => ({ field: 'weights', message })));
    const before = await this.scoring();
    await this.transactions.run(async (manager) => {
      await this.settings.save(manager, SCORING_KEY, weights, auth.actor.id);
      await this.audit.record(manager, auth, {
        entity: 'setting',
        entityId: SCORING_AUDIT_ID,
        action: 'update',
        before: { ...before },
        after: { ...weights },
        fields: ['source', 'completeness', 'recentActivity', 'activityWindowDays'],
      });
    });
    return weights;
  }

  /** Rules may only name active users and live teams. */
  private async assertReferencesExist(
    rules: AssignmentRule[],
    fallbackTeamId: string | null,
    errors: string[],
  ): Promise<void> {
    const userIds = rules.flatMap((rule) => (rule.userId ? [rule.userId] : []));
    const teamIds = [
      ...rules.flatMap((rule) => (rule.teamId ? [rule.teamId] : [])),
      ...(fallbackTeamId ? [fallbackTeamId] : []),
    ];
    const [users, teams] = await Promise.all([
      this.leads.activeUserIds(userIds),
      this.leads.liveTeamIds(teamIds),
    ]);
    const knownUsers = new Set(users);
    const knownTeams = new Set(teams);
    for (const id of new Set(userIds))
      if (!knownUsers.has(id)) errors.push(`userId ${id} names no active user`);
    for (const id of new Set(teamIds))
      if (!knownTeams.has(id)) errors.push(`teamId ${id} names no team`);
  }
}
