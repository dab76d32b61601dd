import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { BooleanQuery } from '../../common/http/boolean-query';
import { ListQueryDto } from '../../common/http/list-query.dto';
import type { Notification } from '../entities/notification.entity';
import { NOTIFICATION_KINDS, type NotificationParams } from '../notification-texts';

export class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({
    description:
      'The values the text of its kind is made of, for rendering it in the reader’s language ' +
      '(`title` is the text in the recipient’s saved language). Null on older notifications.',
    example: { leadNumber: 'L-000123', leadName: '王芳' },
    type: 'object',
    nullable: true,
    additionalProperties: { oneOf: [{ type: 'string', nullable: true }, { type: 'number' }] },
  })
  params!: NotificationParams | null;
  @ApiProperty({ type: String, nullable: true, enum: ['task', 'lead', 'customer'] })
  subjectType!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) subjectId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationListResponse {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ description: 'How many of the caller’s notifications are unread.' })
  unreadCount!: number;
}

export class UnreadCountResponse {
  @ApiProperty() unreadCount!: number;
}

export class ListNotificationsQuery extends ListQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'Only unread ones.' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  unread?: boolean;
}

export function toNotificationResponse(notification: Notification): NotificationResponse {
  return {
    id: notification.id,
    kind: notification.kind,
    title: notification.title,
    body: notification.body,
    params: notification.params,
    subjectType: notification.subjectType,
    subjectId: notification.subjectId,
    readAt: notification.readAt?.toISOString() ?? null,
    createdAt: notification.createdAt.toISOString(),
  };
}
