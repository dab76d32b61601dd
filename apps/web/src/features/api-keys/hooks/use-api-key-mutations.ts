import {
  expectSuccess,
  unwrap,
  type ApiKeyResponse,
  type CreateApiKeyRequest,
} from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { apiKeyQueryKeys } from './api-key-query-keys';

export function useApiKeyMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: apiKeyQueryKeys.all });

  const create = useMutation({
    mutationFn: async (body: CreateApiKeyRequest) =>
      unwrap(await kehuClient.POST('/api/v1/api-keys', { body })),
    onSettled,
  });
  const revoke = useMutation({
    mutationFn: async (apiKey: ApiKeyResponse) =>
      expectSuccess(
        await kehuClient.DELETE('/api/v1/api-keys/{id}', { params: { path: { id: apiKey.id } } }),
      ),
    onSettled,
  });

  return { create, revoke };
}
