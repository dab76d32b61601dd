import type { Role } from './roles';

/** Who is calling: a signed-in user or an external system holding an API key. */
export interface Principal {
  kind: 'user' | 'apiKey';
  id: string;
  roles: readonly Role[];
  teamIds: readonly string[];
  dealerOrgId: string | null;
  /** Only for API keys: `<subject>:read`, `<subject>:write` or `*`. */
  scopes?: readonly string[];
}
