import { unwrap, type LoginRequest, type TokenResponse } from '@kehu/contracts';
import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';
import { tokenStore } from '../../../shared/api/token-store';

export function useSignIn(): UseMutationResult<TokenResponse, Error, LoginRequest> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: LoginRequest) =>
      unwrap(await kehuClient.POST('/api/v1/auth/login', { body: credentials })),
    onSuccess: (tokens) => {
      // Nothing cached for a previous user may show up in this session.
      queryClient.clear();
      tokenStore.save(tokens);
    },
  });
}
