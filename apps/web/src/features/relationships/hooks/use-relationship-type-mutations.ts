import { expectSuccess, unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import type {
  CreateRelationshipTypeRequest,
  RelationshipType,
  UpdateRelationshipTypeRequest,
} from '../relationship-api-types';
import { relationshipQueryKeys } from './relationship-query-keys';

export async function fetchRelationshipType(id: string): Promise<RelationshipType> {
  return unwrap(
    await kehuClient.GET('/api/v1/relationship-types/{id}', { params: { path: { id } } }),
  );
}

/** Relationship type writes; each refreshes the type list and the graphs that show names. */
export function useRelationshipTypeMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: relationshipQueryKeys.types }),
      queryClient.invalidateQueries({ queryKey: relationshipQueryKeys.graphs }),
    ]);

  const create = useMutation({
    mutationFn: async (body: CreateRelationshipTypeRequest) =>
      unwrap(await kehuClient.POST('/api/v1/relationship-types', { body })),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: async ({
      type,
      changes,
    }: {
      type: RelationshipType;
      changes: UpdateRelationshipTypeRequest;
    }) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/relationship-types/{id}', {
          ...versionedRecord(type),
          body: changes,
        }),
      ),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: async (type: RelationshipType) =>
      expectSuccess(
        await kehuClient.DELETE('/api/v1/relationship-types/{id}', versionedRecord(type)),
      ),
    onSuccess,
  });
  const restore = useMutation({
    mutationFn: async (type: RelationshipType) =>
      unwrap(
        await kehuClient.POST('/api/v1/relationship-types/{id}/restore', {
          params: { path: { id: type.id } },
        }),
      ),
    onSuccess,
  });

  return { create, update, remove, restore };
}
