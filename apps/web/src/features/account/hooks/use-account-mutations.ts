import {
  expectSuccess,
  unwrap,
  type ChangePasswordRequest,
  type PasswordResetConfirmRequest,
  type PasswordResetRequest,
} from '@kehu/contracts';
import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { kehuClient } from '../../../shared/api/kehu-client';

export function useChangePassword(): UseMutationResult<void, Error, ChangePasswordRequest> {
  return useMutation({
    mutationFn: async (body: ChangePasswordRequest) => {
      expectSuccess(await kehuClient.POST('/api/v1/auth/me/password', { body }));
    },
  });
}

export function useRequestPasswordReset(): UseMutationResult<void, Error, PasswordResetRequest> {
  return useMutation({
    mutationFn: async (body: PasswordResetRequest) => {
      unwrap(await kehuClient.POST('/api/v1/auth/password-reset', { body }));
    },
  });
}

export function useConfirmPasswordReset(): UseMutationResult<
  void,
  Error,
  PasswordResetConfirmRequest
> {
  return useMutation({
    mutationFn: async (body: PasswordResetConfirmRequest) => {
      expectSuccess(await kehuClient.POST('/api/v1/auth/password-reset/confirm', { body }));
    },
  });
}
