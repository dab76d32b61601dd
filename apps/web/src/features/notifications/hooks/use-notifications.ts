import { unwrap } from '@kehu/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import type { NotificationResponse } from '../notification-types';
import { notificationQueryKeys } from './notification-query-keys';

const POLL_MS = 30_000;
const PAGE_SIZE = 20;

/** The unread count of the bell: polled every 30 s and refetched when the tab gets focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationQueryKeys.unreadCount,
    queryFn: async () =>
      unwrap(await kehuClient.GET('/api/v1/notifications/unread-count')).unreadCount,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** The user's notifications, newest first, loaded while the dropdown is open. */
export function useNotificationList(enabled: boolean): CursorList<NotificationResponse> {
  return useCursorList(
    notificationQueryKeys.list,
    async (cursor) =>
      unwrap(
        await kehuClient.GET('/api/v1/notifications', {
          params: { query: { limit: PAGE_SIZE, cursor } },
        }),
      ),
    enabled,
  );
}

/** Mark one or all read; the count and the list refresh. */
export function useNotificationMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationQueryKeys.all });
  const markRead = useMutation({
    mutationFn: async (notification: NotificationResponse) =>
      unwrap(
        await kehuClient.POST('/api/v1/notifications/{id}/read', {
          params: { path: { id: notification.id } },
        }),
      ),
    onSettled: refresh,
  });
  const markAllRead = useMutation({
    mutationFn: async () => unwrap(await kehuClient.POST('/api/v1/notifications/read-all')),
    onSettled: refresh,
  });
  return { markRead, markAllRead };
}
