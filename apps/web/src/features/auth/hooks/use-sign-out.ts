import { useCallback } from 'react';
import { kehuClient } from '../../../shared/api/kehu-client';
import { tokenStore } from '../../../shared/api/token-store';

/** Revokes the refresh token on the server, then forgets both tokens in this browser. */
export function useSignOut(): () => Promise<void> {
  return useCallback(async () => {
    const refreshToken = tokenStore.refreshToken();
    try {
      if (refreshToken) {
        await kehuClient.POST('/api/v1/auth/logout', { body: { refreshToken } });
      }
    } finally {
      tokenStore.clear('signed-out');
    }
  }, []);
}
