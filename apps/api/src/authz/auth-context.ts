import type { AppAbility, Principal } from '@kehu/domain';

/** The caller of one request: who it is and what it may do. */
export interface AuthContext {
  principal: Principal;
  ability: AppAbility;
  /** For audit entries: the user or API key acting. */
  actor: { type: 'user' | 'apiKey'; id: string };
  requestId: string;
  /** The sign-in session of a user's access token (absent for API keys and jobs). */
  sessionId?: string;
}
