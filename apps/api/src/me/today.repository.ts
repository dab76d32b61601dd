import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OPEN_LEAD_STATUSES } from '@kehu/domain';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { restrictToPermitted } from '../authz/scoped-query';
import { Customer } from '../customers/entities/customer.entity';
import { Lead } from '../leads/entities/lead.entity';

export const TODAY_LIMIT = 100;

export interface DayBounds {
  date: string;
  endOfDay: Date;
}

/** The queries behind the Today list: all the caller's own, all permission-scoped. */
@Injectable()
export class TodayRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Today's date and its end (next midnight) in a time zone, by the database clock. */
  async dayBounds(timezone: string): Promise<DayBounds> {
    const rows: Array<{ date: string; endOfDay: Date }> = await this.dataSource.query(
      `SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS "date",
              (((now() AT TIME ZONE $1)::date + 1)::timestamp AT TIME ZONE $1) AS "endOfDay"`,
      [timezone],
    );
    return rows[0];
  }

  async dueLeads(auth: AuthContext, endOfDay: Date): Promise<[Lead[], number]> {
    const query = this.dataSource
      .getRepository(Lead)
      .createQueryBuilder('l')
      .leftJoin('l.owner', 'owner')
      .addSelect(['owner.id', 'owner.name'])
      .leftJoin('l.team', 'team')
      .addSelect(['team.id', 'team.name'])
      .where('l.ownerId = :me', { me: auth.actor.id })
      .andWhere('l.status IN (:...open)', { open: OPEN_LEAD_STATUSES })
      .andWhere('l.nextFollowUpAt < :endOfDay', { endOfDay });
    return restrictToPermitted(query, auth, 'read', 'Lead')
      .orderBy('l.nextFollowUpAt', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .take(TODAY_LIMIT)
      .getManyAndCount();
  }

  /**
   * The caller's customers whose next follow-up is due, except those with a due task of
   * the caller's (listed among the tasks already: the same follow-up is not listed twice).
   */
  async dueCustomers(
    auth: AuthContext,
    date: string,
    endOfDay: Date,
  ): Promise<[Customer[], number]> {
    const query = this.dataSource
      .getRepository(Customer)
      .createQueryBuilder('c')
      .leftJoin('c.owner', 'owner')
      .addSelect(['owner.id', 'owner.name'])
      .where('c.ownerId = :me', { me: auth.actor.id })
      .andWhere('c.nextFollowUpOn <= :date', { date })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM tasks mt WHERE mt.customer_id = c.id AND mt.deleted_at IS NULL
           AND mt.assignee_id = :me AND mt.status IN ('open', 'in-progress') AND mt.due_at < :endOfDay)`,
        { endOfDay },
      );
    return restrictToPermitted(query, auth, 'read', 'Customer')
      .orderBy('c.nextFollowUpOn', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(TODAY_LIMIT)
      .getManyAndCount();
  }
}
