import { expectSuccess, unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiRequest } from '../../../shared/api/api-shapes';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import type { CustomFieldDefinition } from '../../../shared/custom-fields/custom-field-types';
import { customFieldQueryKeys } from '../../../shared/custom-fields/use-custom-fields';

export type CreateCustomFieldRequest = ApiRequest<'/api/v1/custom-fields', 'post'>;
export type UpdateCustomFieldRequest = ApiRequest<'/api/v1/custom-fields/{id}', 'patch'>;

/** Custom field writes (admins); each one refreshes every form, list and column that uses them. */
export function useCustomFieldMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: customFieldQueryKeys.all });

  const create = useMutation({
    mutationFn: async (body: CreateCustomFieldRequest) =>
      unwrap(await kehuClient.POST('/api/v1/custom-fields', { body })),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: async ({
      field,
      changes,
    }: {
      field: CustomFieldDefinition;
      changes: UpdateCustomFieldRequest;
    }) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/custom-fields/{id}', {
          ...versionedRecord(field),
          body: changes,
        }),
      ),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: async (field: CustomFieldDefinition) =>
      expectSuccess(await kehuClient.DELETE('/api/v1/custom-fields/{id}', versionedRecord(field))),
    onSuccess,
  });
  const restore = useMutation({
    mutationFn: async (field: CustomFieldDefinition) =>
      unwrap(
        await kehuClient.POST('/api/v1/custom-fields/{id}/restore', {
          params: { path: { id: field.id } },
        }),
      ),
    onSuccess,
  });
  const fetchField = async (id: string) =>
    unwrap(await kehuClient.GET('/api/v1/custom-fields/{id}', { params: { path: { id } } }));

  return { create, update, remove, restore, fetchField };
}
