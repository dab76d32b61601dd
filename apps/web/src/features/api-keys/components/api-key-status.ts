import type { ApiKeyResponse } from '@kehu/contracts';

export type ApiKeyStatus = 'active' | 'revoked' | 'expired';

export function apiKeyStatus(apiKey: ApiKeyResponse, now: Date): ApiKeyStatus {
  if (apiKey.revokedAt) return 'revoked';
  if (apiKey.expiresAt && new Date(apiKey.expiresAt) <= now) return 'expired';
  return 'active';
}
