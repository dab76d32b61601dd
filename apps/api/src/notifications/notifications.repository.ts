import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type KeysetRequest, paginate, type Page } from '../common/pagination/keyset';
import { Notification } from './entities/notification.entity';

export type NewNotification = Pick<
  Notification,
  'userId' | 'kind' | 'title' | 'body' | 'params' | 'subjectType' | 'subjectId'
>;

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, notification: NewNotification): Promise<string> {
    const result = await manager.insert(Notification, notification);
    return (result.identifiers[0] as { id: string }).id;
  }

  listForUser(
    userId: string,
    filter: KeysetRequest & { unread?: boolean },
  ): Promise<Page<Notification>> {
    const query = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.userId = :userId', { userId });
    if (filter.unread) query.andWhere('n.readAt IS NULL');
    return paginate(query, filter, { createdAt: 'n.createdAt' }, '-createdAt');
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.userId = :userId AND n.readAt IS NULL', { userId })
      .getCount();
  }

  findForUser(userId: string, id: string): Promise<Notification | null> {
    return this.dataSource.getRepository(Notification).findOne({ where: { id, userId } });
  }

  async markRead(userId: string, ids: string[] | 'all'): Promise<number> {
    const query = this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId });
    if (ids !== 'all') query.andWhere('id IN (:...ids)', { ids });
    const result = await query.execute();
    return result.affected ?? 0;
  }

  /** The console language the user saved; null when none (or no such user). */
  async localeOf(manager: EntityManager, userId: string): Promise<string | null> {
    const rows: Array<{ locale: string | null }> = await manager.query(
      'SELECT locale FROM users WHERE id = $1',
      [userId],
    );
    return rows[0]?.locale ?? null;
  }

  /** The notification with its recipient's address, for e-mail. */
  async findWithRecipient(
    id: string,
  ): Promise<{ notification: Notification; email: string; name: string } | null> {
    const notification = await this.dataSource.getRepository(Notification).findOne({
      where: { id },
    });
    if (!notification) return null;
    const rows: Array<{ email: string; name: string }> = await this.dataSource.query(
      'SELECT email, name FROM users WHERE id = $1 AND active AND deleted_at IS NULL',
      [notification.userId],
    );
    return rows[0] ? { notification, ...rows[0] } : null;
  }
}
