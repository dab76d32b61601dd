import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OPEN_LEAD_STATUSES } from '@kehu/domain';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import { paginate, type Page } from '../common/pagination/keyset';
import {
  applyCustomFieldConditions,
  paginateByCustomField,
} from '../custom-fields/custom-field-filters';
import { CustomFieldQueries } from '../custom-fields/custom-field-queries';
import type { ListLeadsQuery } from './dto/list-leads-query.dto';
import { Lead } from './entities/lead.entity';
import { LEAD_SORTABLE } from './lead-columns';

const LEAD_NUMBER = /^(?:l-?)?0*(\d{1,12})$/i;

const EQUALITY_FILTERS = {
  status: 'l.status',
  source: 'l.source',
  ownerId: 'l.ownerId',
  teamId: 'l.teamId',
  region: 'l.region',
  productInterest: 'l.productInterest',
} as const;

function applyLeadFilters(query: SelectQueryBuilder<Lead>, filter: ListLeadsQuery): void {
  for (const [field, column] of Object.entries(EQUALITY_FILTERS)) {
    const value = filter[field as keyof typeof EQUALITY_FILTERS];
    if (value) query.andWhere(`${column} = :filter_${field}`, { [`filter_${field}`]: value });
  }
  if (filter.unassigned === true) query.andWhere('l.ownerId IS NULL');
  if (filter.unassigned === false) query.andWhere('l.ownerId IS NOT NULL');
  if (filter.followUpDueBy)
    query.andWhere('l.nextFollowUpAt <= :followUpDueBy', { followUpDueBy: filter.followUpDueBy });
  if (filter.createdFrom)
    query.andWhere('l.createdAt >= :createdFrom', { createdFrom: filter.createdFrom });
  if (filter.createdTo) query.andWhere('l.createdAt < :createdTo', { createdTo: filter.createdTo });
  const q = filter.q?.trim();
  if (!q) return;
  const clauses = ['l.name ILIKE :q', 'l.company ILIKE :q'];
  const params: Record<string, unknown> = { q: containsPattern(q) };
  const number = LEAD_NUMBER.exec(q);
  if (number) {
    clauses.push('l.number = :qNumber');
    params.qNumber = number[1];
  }
  if (/\d{5,}/.test(q) || q.includes('@')) {
    clauses.push(
      "EXISTS (SELECT 1 FROM jsonb_array_elements(l.phones || l.emails) p WHERE p->>'value' ILIKE :q)",
    );
  }
  query.andWhere(`(${clauses.join(' OR ')})`, params);
}

@Injectable()
export class LeadsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly customFieldQueries: CustomFieldQueries,
  ) {}

  /** Leads with their owner's and team's names: one query, no N+1. */
  private query(manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<Lead> {
    return manager
      .getRepository(Lead)
      .createQueryBuilder('l')
      .leftJoin('l.owner', 'owner')
      .addSelect(['owner.id', 'owner.name'])
      .leftJoin('l.team', 'team')
      .addSelect(['team.id', 'team.name']);
  }

  findPermitted(
    auth: AuthContext,
    id: string,
    options: { withDeleted?: boolean; action?: 'read' | 'update' } = {},
    manager?: EntityManager,
  ): Promise<Lead | null> {
    const query = this.query(manager).where('l.id = :id', { id });
    if (options.withDeleted) query.withDeleted();
    return restrictToPermitted(query, auth, options.action ?? 'read', 'Lead').getOne();
  }

  /** A lead just created, whoever may read it: only for answering its creator. */
  findCreated(id: string): Promise<Lead | null> {
    return this.query().where('l.id = :id', { id }).getOne();
  }

  async list(auth: AuthContext, filter: ListLeadsQuery): Promise<Page<Lead>> {
    const query = this.query();
    restrictToPermitted(query, auth, 'read', 'Lead');
    const customFields = await this.customFieldQueries.resolve(auth, 'lead', filter);
    applyLeadFilters(query, filter);
    applyCustomFieldConditions(query, 'l', customFields.conditions, 'filter');
    return customFields.sort
      ? paginateByCustomField(query, { ...filter, sort: filter.sort ?? '' }, customFields.sort)
      : paginate(query, filter, LEAD_SORTABLE, '-createdAt');
  }

  /** Re-reads a lead inside a transaction (with owner and team names), locked. */
  lockInTransaction(manager: EntityManager, id: string): Promise<Lead | null> {
    return manager
      .getRepository(Lead)
      .createQueryBuilder('l')
      .where('l.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async insert(manager: EntityManager, values: QueryDeepPartialEntity<Lead>): Promise<string> {
    const result = await manager.insert(Lead, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** How many open leads each of these users owns (for least-loaded assignment). */
  async openLeadCounts(
    manager: EntityManager,
    userIds: string[],
  ): Promise<Array<{ userId: string; openLeads: number }>> {
    if (userIds.length === 0) return [];
    const rows: Array<{ userId: string; openLeads: string }> = await manager.query(
      `SELECT u.id AS "userId", count(l.id) AS "openLeads"
         FROM unnest($1::uuid[]) AS u(id)
         LEFT JOIN leads l ON l.owner_id = u.id AND l.deleted_at IS NULL AND l.status = ANY($2)
        GROUP BY u.id`,
      [userIds, OPEN_LEAD_STATUSES],
    );
    return rows.map((row) => ({ userId: row.userId, openLeads: Number(row.openLeads) }));
  }

  /** Which of these ids name active users (assignment rules may only name those). */
  async activeUserIds(ids: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM users WHERE id = ANY($1::uuid[]) AND active AND deleted_at IS NULL',
      [ids],
    );
    return rows.map((row) => row.id);
  }

  /** Which of these ids name live teams. */
  async liveTeamIds(ids: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM teams WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL',
      [ids],
    );
    return rows.map((row) => row.id);
  }

  /** Active members of a live team. */
  async teamMembers(manager: EntityManager, teamId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT u.id FROM user_teams ut
         JOIN users u ON u.id = ut.user_id AND u.active AND u.deleted_at IS NULL
         JOIN teams t ON t.id = ut.team_id AND t.deleted_at IS NULL
        WHERE ut.team_id = $1`,
      [teamId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Locks a round-robin rule's cursor row (creating it on first use), so concurrent
   * assignments in any process take turns; returns who got the rule's last lead.
   */
  async lockCursor(manager: EntityManager, ruleId: string): Promise<string | null> {
    await manager.query(
      'INSERT INTO lead_assignment_cursors (rule_id) VALUES ($1) ON CONFLICT (rule_id) DO NOTHING',
      [ruleId],
    );
    const rows: Array<{ last_user_id: string | null }> = await manager.query(
      'SELECT last_user_id FROM lead_assignment_cursors WHERE rule_id = $1 FOR UPDATE',
      [ruleId],
    );
    return rows[0]?.last_user_id ?? null;
  }

  async moveCursor(manager: EntityManager, ruleId: string, userId: string): Promise<void> {
    await manager.query(
      'UPDATE lead_assignment_cursors SET last_user_id = $2, updated_at = now() WHERE rule_id = $1',
      [ruleId, userId],
    );
  }

  /** Activity on a lead (a logged interaction) is not an edit of it: version and updatedAt stay. */
  async recordActivity(
    manager: EntityManager,
    id: string,
    changes: Partial<
      Pick<Lead, 'lastActivityAt' | 'score' | 'nextFollowUpAt' | 'followUpRemindedAt' | 'status'>
    >,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Lead)
      .set({ ...changes, version: () => 'version', updatedAt: () => 'updated_at' })
      .where('id = :id', { id })
      .execute();
  }

  /** Marks a follow-up reminder as fired, once: false when it already fired or moved. */
  async claimFollowUpReminder(
    manager: EntityManager,
    id: string,
    dueAt: string,
  ): Promise<Lead | null> {
    // For an UPDATE, TypeORM's query() answers [rows, affected count].
    const [rows] = await manager.query<[Array<{ id: string }>, number]>(
      `UPDATE leads SET follow_up_reminded_at = now()
        WHERE id = $1 AND deleted_at IS NULL AND follow_up_reminded_at IS NULL
          AND next_follow_up_at = $2::timestamptz AND status = ANY($3)
        RETURNING id`,
      [id, dueAt, OPEN_LEAD_STATUSES],
    );
    if (rows.length === 0) return null;
    return manager.findOne(Lead, { where: { id } });
  }
}
