import { unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kehuClient } from '../api/kehu-client';
import { useCursorList, type CursorList } from '../api/use-cursor-list';
import { timelineQueryKey, type TimelineInteractions } from './timeline-subject';
import type {
  LogInteractionRequest,
  TimelineCollection,
  TimelineEvent,
  TimelineEventKind,
} from './timeline-types';

const PAGE_SIZE = 20;

/** A record's timeline, newest first, a page at a time; `kinds` empty means every kind. */
export function useTimeline(
  collection: TimelineCollection,
  recordId: string,
  kinds: readonly TimelineEventKind[],
): CursorList<TimelineEvent> {
  return useCursorList([...timelineQueryKey(collection, recordId), kinds], async (cursor) =>
    unwrap(
      await kehuClient.GET(`/api/v1/${collection}/{id}/timeline`, {
        params: {
          path: { id: recordId },
          query: { limit: PAGE_SIZE, cursor, kind: kinds.length > 0 ? [...kinds] : undefined },
        },
      }),
    ),
  );
}

/**
 * Logs a call, email, meeting, visit or note on the record's timeline; the timeline and
 * what else an interaction changes are refreshed.
 */
export function useLogInteraction(
  collection: TimelineCollection,
  interactions: TimelineInteractions,
  recordId: string,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LogInteractionRequest) =>
      unwrap(
        await kehuClient.POST(`/api/v1/${interactions.collection}/{id}/interactions`, {
          params: { path: { id: recordId } },
          body,
        }),
      ),
    onSuccess: () =>
      Promise.all(
        [timelineQueryKey(collection, recordId), ...interactions.alsoChanges(recordId)].map(
          (queryKey) => queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
