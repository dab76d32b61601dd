import { unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import type { LogInteractionRequest, TimelineEvent } from '../../customers/customer-types';
import { leadQueryKeys } from './lead-query-keys';

const PAGE_SIZE = 20;

/** The lead's timeline, newest first. */
export function useLeadTimeline(leadId: string): CursorList<TimelineEvent> {
  return useCursorList(leadQueryKeys.timeline(leadId), async (cursor) =>
    unwrap(
      await kehuClient.GET('/api/v1/leads/{id}/timeline', {
        params: { path: { id: leadId }, query: { limit: PAGE_SIZE, cursor } },
      }),
    ),
  );
}

/** Logs a call, email, meeting, visit or note; the timeline and the lead refresh. */
export function useLogLeadInteraction(leadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LogInteractionRequest) =>
      unwrap(
        await kehuClient.POST('/api/v1/leads/{id}/interactions', {
          params: { path: { id: leadId } },
          body,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: leadQueryKeys.timeline(leadId) }),
        queryClient.invalidateQueries({ queryKey: leadQueryKeys.detail(leadId) }),
      ]),
  });
}
