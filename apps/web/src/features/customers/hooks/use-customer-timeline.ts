import { unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import { taskQueryKeys } from '../../tasks/hooks/task-query-keys';
import type { LogInteractionRequest, TimelineEvent, TimelineEventKind } from '../customer-types';
import { customerQueryKeys } from './customer-query-keys';

const PAGE_SIZE = 20;

/** The customer's timeline, newest first; `kinds` empty means every kind. */
export function useCustomerTimeline(
  customerId: string,
  kinds: readonly TimelineEventKind[],
): CursorList<TimelineEvent> {
  return useCursorList(customerQueryKeys.timeline(customerId, kinds), async (cursor) =>
    unwrap(
      await kehuClient.GET('/api/v1/customers/{id}/timeline', {
        params: {
          path: { id: customerId },
          query: { limit: PAGE_SIZE, cursor, kind: kinds.length > 0 ? [...kinds] : undefined },
        },
      }),
    ),
  );
}

/**
 * Logs a call, email, meeting, visit or note; the timeline, the customer and the task
 * lists refresh (a next follow-up day becomes a task).
 */
export function useLogInteraction(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LogInteractionRequest) =>
      unwrap(
        await kehuClient.POST('/api/v1/customers/{id}/interactions', {
          params: { path: { id: customerId } },
          body,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: customerQueryKeys.timelines(customerId) }),
        queryClient.invalidateQueries({ queryKey: customerQueryKeys.detail(customerId) }),
        queryClient.invalidateQueries({ queryKey: taskQueryKeys.all }),
      ]),
  });
}
