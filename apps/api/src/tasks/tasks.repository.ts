import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { AuthContext } from '../authz/auth-context';
import { permittedSql } from '../authz/scoped-query';
import { containsPattern } from '../common/http/like-pattern';
import { paginate, type Page } from '../common/pagination/keyset';
import { FOLLOW_UP_TIME_ZONE } from './customer-follow-ups.repository';
import type { ListTasksQuery } from './dto/task.dto';
import { Task } from './entities/task.entity';

/**
 * Restricts a query on tasks (alias `t`) to those the caller reaches: tasks assigned to
 * them, and tasks on a customer or lead they may read (or, for writes, update).
 */
export function restrictToReachableTasks(
  query: SelectQueryBuilder<Task>,
  auth: AuthContext,
  action: 'read' | 'update',
): SelectQueryBuilder<Task> {
  const customer = permittedSql(auth, action, 'Customer', 'pc', 'tc');
  const lead = permittedSql(auth, action, 'Lead', 'pl', 'tl');
  const assignee = auth.actor.type === 'user' ? 't.assignee_id = :taskAssignee OR ' : '';
  return query.andWhere(
    `(${assignee}EXISTS (SELECT 1 FROM customers pc WHERE pc.id = t.customer_id AND pc.deleted_at IS NULL AND ${customer.sql})` +
      ` OR EXISTS (SELECT 1 FROM leads pl WHERE pl.id = t.lead_id AND pl.deleted_at IS NULL AND ${lead.sql}))`,
    { ...customer.params, ...lead.params, taskAssignee: auth.actor.id },
  );
}

@Injectable()
export class TasksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Tasks with their assignee's and parent's names: one query. */
  query(manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<Task> {
    return manager
      .getRepository(Task)
      .createQueryBuilder('t')
      .leftJoin('t.assignee', 'assignee')
      .addSelect(['assignee.id', 'assignee.name'])
      .leftJoin('t.customer', 'customer')
      .addSelect(['customer.id', 'customer.name'])
      .leftJoin('t.lead', 'lead')
      .addSelect(['lead.id', 'lead.name']);
  }

  findReachable(
    auth: AuthContext,
    id: string,
    action: 'read' | 'update',
    options: { withDeleted?: boolean } = {},
  ): Promise<Task | null> {
    const query = this.query().where('t.id = :id', { id });
    if (options.withDeleted) query.withDeleted();
    return restrictToReachableTasks(query, auth, action).getOne();
  }

  list(auth: AuthContext, filter: ListTasksQuery): Promise<Page<Task>> {
    const query = restrictToReachableTasks(this.query(), auth, 'read');
    for (const field of ['status', 'priority', 'assigneeId', 'customerId', 'leadId'] as const) {
      const value = filter[field];
      if (value) query.andWhere(`t.${field} = :${field}`, { [field]: value });
    }
    if (filter.open === true) query.andWhere("t.status IN ('open', 'in-progress')");
    if (filter.open === false) query.andWhere("t.status IN ('done', 'cancelled')");
    if (filter.dueBefore) query.andWhere('t.dueAt < :dueBefore', { dueBefore: filter.dueBefore });
    if (filter.dueAfter) query.andWhere('t.dueAt >= :dueAfter', { dueAfter: filter.dueAfter });
    if (filter.q?.trim())
      query.andWhere('t.title ILIKE :q', { q: containsPattern(filter.q.trim()) });
    return paginate(
      query,
      filter,
      {
        createdAt: 't.createdAt',
        updatedAt: 't.updatedAt',
        dueAt: { column: 't.dueAt', nullsSortAs: 'infinity', type: 'timestamptz' },
      },
      '-createdAt',
    );
  }

  /** The caller's own open tasks due before `dueBefore`, most overdue first, and their count. */
  dueForAssignee(auth: AuthContext, dueBefore: Date, limit: number): Promise<[Task[], number]> {
    return restrictToReachableTasks(this.query(), auth, 'read')
      .andWhere('t.assigneeId = :me', { me: auth.actor.id })
      .andWhere("t.status IN ('open', 'in-progress')")
      .andWhere('t.dueAt < :dueBefore', { dueBefore })
      .orderBy('t.dueAt', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .take(limit)
      .getManyAndCount();
  }

  /**
   * The open tasks on a customer that make its follow-up due by `date`: due on or before
   * that day in follow-up days (China time), as the customer's next follow-up counts them.
   */
  dueOnCustomer(
    auth: AuthContext,
    customerId: string,
    date: string,
    action: 'read' | 'update',
  ): Promise<Task[]> {
    const query = this.query()
      .where('t.customer_id = :customerId', { customerId })
      .andWhere("t.status IN ('open', 'in-progress')")
      .andWhere('CAST(t.due_at AT TIME ZONE :followUpZone AS date) <= CAST(:dueBy AS date)', {
        followUpZone: FOLLOW_UP_TIME_ZONE,
        dueBy: date,
      });
    return restrictToReachableTasks(query, auth, action)
      .orderBy('t.dueAt', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
  }

  async insert(manager: EntityManager, values: QueryDeepPartialEntity<Task>): Promise<string> {
    const result = await manager.insert(Task, values);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Marks a task's reminder as fired, once: null when it already fired, moved or closed. */
  async claimReminder(
    manager: EntityManager,
    id: string,
    reminderAt: string,
  ): Promise<Task | null> {
    // For an UPDATE, TypeORM's query() answers [rows, affected count].
    const [rows] = await manager.query<[Array<{ id: string }>, number]>(
      `UPDATE tasks SET reminded_at = now()
        WHERE id = $1 AND deleted_at IS NULL AND reminded_at IS NULL
          AND reminder_at = $2::timestamptz AND status IN ('open', 'in-progress')
        RETURNING id`,
      [id, reminderAt],
    );
    if (rows.length === 0) return null;
    return this.query(manager).where('t.id = :id', { id }).getOne();
  }

  /** Whether a user may be given tasks: active and not deleted. */
  async isActiveUser(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM users WHERE id = $1 AND active AND deleted_at IS NULL',
      [id],
    );
    return rows.length > 0;
  }
}
