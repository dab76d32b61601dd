import { expectSuccess, unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { customerQueryKeys } from '../../customers/hooks/customer-query-keys';
import type {
  CreateRelationshipRequest,
  RelationshipGraphEdge,
  UpdateRelationshipRequest,
} from '../relationship-api-types';
import { relationshipQueryKeys } from './relationship-query-keys';

type Ends = Pick<RelationshipGraphEdge, 'fromId' | 'toId'>;
/** What a write needs of an edge: which one, its version for If-Match, and its ends. */
type EdgeRef = Pick<RelationshipGraphEdge, 'id' | 'version' | 'fromId' | 'toId'>;

/**
 * Relationship writes. Each one redraws every graph (an edge shows in the graphs of
 * customers further away too) and both customers' timelines, which record the change.
 */
export function useRelationshipMutations() {
  const queryClient = useQueryClient();
  const refresh = (ends: Ends | undefined) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: relationshipQueryKeys.graphs }),
      ...(ends
        ? [ends.fromId, ends.toId].map((id) =>
            queryClient.invalidateQueries({ queryKey: customerQueryKeys.timelines(id) }),
          )
        : []),
    ]);

  const create = useMutation({
    mutationFn: async ({ fromId, body }: { fromId: string; body: CreateRelationshipRequest }) =>
      unwrap(
        await kehuClient.POST('/api/v1/customers/{id}/relationships', {
          params: { path: { id: fromId } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: async ({ edge, changes }: { edge: EdgeRef; changes: UpdateRelationshipRequest }) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/relationships/{id}', {
          ...versionedRecord(edge),
          body: changes,
        }),
      ),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: async (edge: EdgeRef) =>
      expectSuccess(await kehuClient.DELETE('/api/v1/relationships/{id}', versionedRecord(edge))),
    onSuccess: (_, edge) => refresh(edge),
  });
  const restore = useMutation({
    mutationFn: async (edge: EdgeRef) =>
      unwrap(
        await kehuClient.POST('/api/v1/relationships/{id}/restore', {
          params: { path: { id: edge.id } },
        }),
      ),
    onSuccess: refresh,
  });

  return { create, update, remove, restore };
}
