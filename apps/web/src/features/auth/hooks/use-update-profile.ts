import { unwrap, type MeResponse, type UpdateProfileRequest } from '@kehu/contracts';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { ME_QUERY_KEY } from './use-me-query';

/** Saves the signed-in user's own name or language; the session shows it at once. */
export function useUpdateProfile(): UseMutationResult<MeResponse, Error, UpdateProfileRequest> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateProfileRequest) =>
      unwrap(await kehuClient.PATCH('/api/v1/auth/me', { body })),
    onSuccess: (me) => queryClient.setQueryData(ME_QUERY_KEY, me),
  });
}
