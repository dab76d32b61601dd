import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../authz/auth-context';
import { NotFoundError } from '../common/errors/app-error';
import { JobQueue } from '../jobs/job-queue.service';
import { Mailer } from '../mail/mailer.service';
import {
  type ListNotificationsQuery,
  type NotificationListResponse,
  type NotificationResponse,
  toNotificationResponse,
} from './dto/notification.dto';
import { type NotificationText, renderNotification } from './notification-texts';
import { type NewNotification, NotificationsRepository } from './notifications.repository';

const EMAIL_QUEUE = 'notification-email';

interface EmailJob {
  notificationId: string;
}

/** In-app notifications for one user, e-mailed as well when SMTP is configured. */
@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  onModuleInit(): void {
    this.jobs.register<EmailJob>(EMAIL_QUEUE, (job) => this.email(job.notificationId));
  }

  /**
   * Writes a notification in the caller's transaction; its e-mail goes out after commit.
   * Its kind and params are kept; its title (and body, where the kind has words in it) is
   * written in the recipient's saved language, zh-CN when none.
   */
  async notify(
    manager: EntityManager,
    notification: NotificationText &
      Pick<NewNotification, 'userId' | 'subjectType' | 'subjectId'> & { body?: string },
  ): Promise<string> {
    const locale = await this.notifications.localeOf(manager, notification.userId);
    const text = renderNotification(notification, locale);
    const id = await this.notifications.insert(manager, {
      userId: notification.userId,
      kind: notification.kind,
      params: notification.params,
      title: text.title,
      body: text.body ?? notification.body ?? '',
      subjectType: notification.subjectType,
      subjectId: notification.subjectId,
    });
    if (this.mailer.enabled) {
      await this.jobs.send(manager, EMAIL_QUEUE, { notificationId: id } satisfies EmailJob);
    }
    return id;
  }

  async list(auth: AuthContext, query: ListNotificationsQuery): Promise<NotificationListResponse> {
    const userId = auth.actor.id;
    const [page, unreadCount] = await Promise.all([
      this.notifications.listForUser(userId, query),
      this.notifications.unreadCount(userId),
    ]);
    return {
      items: page.items.map(toNotificationResponse),
      nextCursor: page.nextCursor,
      unreadCount,
    };
  }

  async unreadCount(auth: AuthContext): Promise<{ unreadCount: number }> {
    return { unreadCount: await this.notifications.unreadCount(auth.actor.id) };
  }

  async markRead(auth: AuthContext, id: string): Promise<NotificationResponse> {
    await this.notifications.markRead(auth.actor.id, [id]);
    const notification = await this.notifications.findForUser(auth.actor.id, id);
    if (!notification) throw new NotFoundError('The notification');
    return toNotificationResponse(notification);
  }

  async markAllRead(auth: AuthContext): Promise<{ unreadCount: number }> {
    await this.notifications.markRead(auth.actor.id, 'all');
    return { unreadCount: 0 };
  }

  private async email(notificationId: string): Promise<void> {
    const found = await this.notifications.findWithRecipient(notificationId);
    if (!found) return;
    const { notification, email } = found;
    await this.mailer.send({
      to: email,
      subject: notification.title,
      text: [notification.title, notification.body].filter(Boolean).join('\n\n'),
    });
    this.logger.debug(`notification ${notificationId} e-mailed`);
  }
}
