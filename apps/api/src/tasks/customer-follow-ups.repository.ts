import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Follow-up days are China-time calendar days, as the console shows them. */
export const FOLLOW_UP_TIME_ZONE = 'Asia/Shanghai';

const followUpDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: FOLLOW_UP_TIME_ZONE });

/** The follow-up day (`YYYY-MM-DD`, China time) a task due at this moment counts for. */
export function followUpDay(dueAt: Date): string {
  return followUpDayFormat.format(dueAt);
}

/**
 * A customer's "next follow-up" is the day its earliest open task is due. It is kept on
 * the customer (customers.next_follow_up_on, indexed for the list's sort and filter)
 * and refreshed in the transaction of every task write that may move it: create,
 * complete or reopen, reschedule, delete and restore. Not an edit of the customer:
 * its version and updatedAt stay.
 */
@Injectable()
export class CustomerFollowUpsRepository {
  async refresh(manager: EntityManager, customerIds: ReadonlyArray<string | null>): Promise<void> {
    const ids = [...new Set(customerIds.filter((id): id is string => id !== null))];
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE customers c
          SET next_follow_up_on = (
                SELECT min((t.due_at AT TIME ZONE $2)::date) FROM tasks t
                 WHERE t.customer_id = c.id AND t.deleted_at IS NULL
                   AND t.status IN ('open', 'in-progress') AND t.due_at IS NOT NULL)
        WHERE c.id = ANY($1::uuid[])`,
      [ids, FOLLOW_UP_TIME_ZONE],
    );
  }
}
