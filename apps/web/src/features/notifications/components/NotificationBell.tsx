import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Dropdown, Empty, Flex, Spin, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeProblem } from '../../../shared/api/describe-problem';
import { fetchTask } from '../../tasks/hooks/use-task-mutations';
import { taskParentPath } from '../../tasks/task-parent';
import {
  useNotificationList,
  useNotificationMutations,
  useUnreadCount,
} from '../hooks/use-notifications';
import { notificationTarget } from '../notification-link';
import { notificationText } from '../notification-text';
import type { NotificationResponse } from '../notification-types';

/** The bell in the header: unread count, the newest notifications, "mark all read". */
export function NotificationBell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const list = useNotificationList(open);
  const { markRead, markAllRead } = useNotificationMutations();
  const count = unread.data ?? 0;

  const openNotification = async (notification: NotificationResponse) => {
    setOpen(false);
    try {
      if (!notification.readAt) await markRead.mutateAsync(notification);
      const target = notificationTarget(notification);
      if (target.kind === 'path') await navigate(target.path);
      if (target.kind === 'task') {
        const task = await fetchTask(target.taskId);
        await navigate(task.parent ? taskParentPath(task.parent) : '/tasks');
      }
    } catch (error) {
      void message.error(describeProblem(t, error).message);
    }
  };

  const panel = (
    <div
      role="dialog"
      aria-label={t('notifications.title')}
      style={{
        width: 360,
        maxHeight: 480,
        overflow: 'auto',
        background: token.colorBgElevated,
        borderRadius: token.borderRadiusLG,
        boxShadow: token.boxShadowSecondary,
      }}
    >
      <Flex
        justify="space-between"
        align="center"
        style={{ padding: '8px 12px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={count === 0}
          loading={markAllRead.isPending}
          onClick={() => markAllRead.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {list.isLoading && (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      )}
      {!list.isLoading && list.items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      )}
      <div role="list">
        {list.items.map((notification) => {
          const { title, body } = notificationText(t, notification);
          return (
            <button
              key={notification.id}
              type="button"
              role="listitem"
              aria-label={title}
              onClick={() => void openNotification(notification)}
              style={{
                display: 'block',
                width: '100%',
                textAlign: 'left',
                border: 'none',
                cursor: 'pointer',
                padding: '10px 12px',
                borderBottom: `1px solid ${token.colorBorderSecondary}`,
                background: notification.readAt ? 'transparent' : token.colorPrimaryBg,
              }}
            >
              <Flex gap={8} align="baseline">
                {!notification.readAt && (
                  <Badge status="processing" aria-label={t('notifications.unread')} />
                )}
                <Typography.Text strong={!notification.readAt}>{title}</Typography.Text>
              </Flex>
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 2 }}
                style={{ margin: '2px 0 0' }}
              >
                {body}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dayjs(notification.createdAt).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
            </button>
          );
        })}
      </div>
      {list.hasMore && (
        <Flex justify="center" style={{ padding: 8 }}>
          <Button size="small" onClick={list.loadMore} loading={list.isLoadingMore}>
            {t('common.loadMore')}
          </Button>
        </Flex>
      )}
    </div>
  );

  return (
    <Dropdown
      open={open}
      onOpenChange={setOpen}
      trigger={['click']}
      placement="bottomRight"
      popupRender={() => panel}
    >
      <Button
        type="text"
        aria-label={t('notifications.bell', { count })}
        style={{ height: 48, width: 48 }}
      >
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}
