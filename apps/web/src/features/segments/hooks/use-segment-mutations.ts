import { expectSuccess, unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { customerQueryKeys } from '../../customers/hooks/customer-query-keys';
import type { CreateSegmentRequest, SegmentResponse, UpdateSegmentRequest } from '../segment-types';
import { segmentQueryKeys } from './segment-query-keys';

/**
 * Segment writes; each refreshes the segment lists, pickers and counts, and a change of
 * members or filters also the customer lists filtered by a segment.
 */
export function useSegmentMutations() {
  const queryClient = useQueryClient();
  const refreshSegments = () => queryClient.invalidateQueries({ queryKey: segmentQueryKeys.all });
  const refreshEverything = async () => {
    await refreshSegments();
    await queryClient.invalidateQueries({ queryKey: customerQueryKeys.lists });
  };

  const create = useMutation({
    mutationFn: async (body: CreateSegmentRequest) =>
      unwrap(await kehuClient.POST('/api/v1/segments', { body })),
    onSuccess: refreshSegments,
  });
  const update = useMutation({
    mutationFn: async ({
      segment,
      changes,
    }: {
      segment: SegmentResponse;
      changes: UpdateSegmentRequest;
    }) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/segments/{id}', {
          ...versionedRecord(segment),
          body: changes,
        }),
      ),
    onSuccess: refreshEverything,
  });
  const remove = useMutation({
    mutationFn: async (segment: SegmentResponse) =>
      expectSuccess(await kehuClient.DELETE('/api/v1/segments/{id}', versionedRecord(segment))),
    onSettled: refreshSegments,
  });
  const restore = useMutation({
    mutationFn: async (segment: SegmentResponse) =>
      unwrap(
        await kehuClient.POST('/api/v1/segments/{id}/restore', {
          params: { path: { id: segment.id } },
        }),
      ),
    onSettled: refreshSegments,
  });
  const addMembers = useMutation({
    mutationFn: async ({ segmentId, customerIds }: { segmentId: string; customerIds: string[] }) =>
      unwrap(
        await kehuClient.POST('/api/v1/segments/{id}/members', {
          params: { path: { id: segmentId } },
          body: { customerIds },
        }),
      ),
    onSettled: refreshEverything,
  });
  const removeMembers = useMutation({
    mutationFn: async ({ segmentId, customerIds }: { segmentId: string; customerIds: string[] }) =>
      unwrap(
        await kehuClient.DELETE('/api/v1/segments/{id}/members', {
          params: { path: { id: segmentId } },
          body: { customerIds },
        }),
      ),
    onSettled: refreshEverything,
  });

  return { create, update, remove, restore, addMembers, removeMembers };
}
