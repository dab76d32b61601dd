import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { SignedIn } from '../authz/policy.decorator';
import { ApiProblems, ApiSignedInProblems } from '../common/http/api-problems.decorator';
import { UuidParam } from '../common/http/request-params';
import {
  ListNotificationsQuery,
  NotificationListResponse,
  NotificationResponse,
  UnreadCountResponse,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

/** The caller's own notifications: everyone signed in has them, nobody sees another's. */
@ApiTags('notifications')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ApiSignedInProblems()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: NotificationListResponse, description: 'Newest first.' })
  @ApiOperation({
    summary: 'List your notifications',
    description:
      "The signed-in user's notifications (assignments, reminders, finished imports), newest first, one page at a time.",
  })
  list(@CurrentAuth() auth: AuthContext, @Query() query: ListNotificationsQuery) {
    return this.notifications.list(auth, query);
  }

  @Get('unread-count')
  @SignedIn()
  @ApiOkResponse({ type: UnreadCountResponse })
  @ApiOperation({
    summary: 'Count your unread notifications',
    description:
      "How many of the signed-in user's notifications are unread, for the badge in the console.",
  })
  unreadCount(@CurrentAuth() auth: AuthContext) {
    return this.notifications.unreadCount(auth);
  }

  @Post('read-all')
  @SignedIn()
  @HttpCode(200)
  @ApiOkResponse({ type: UnreadCountResponse })
  @ApiOperation({
    summary: 'Mark all your notifications read',
    description:
      'Marks every notification of the signed-in user as read and answers the new unread count (0).',
  })
  markAllRead(@CurrentAuth() auth: AuthContext) {
    return this.notifications.markAllRead(auth);
  }

  @Post(':id/read')
  @SignedIn()
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationResponse })
  @ApiProblems(404)
  @ApiOperation({
    summary: 'Mark a notification read',
    description: "Marks one of the signed-in user's notifications as read.",
  })
  markRead(@CurrentAuth() auth: AuthContext, @UuidParam() id: string) {
    return this.notifications.markRead(auth, id);
  }
}
