import type { UserResponse } from '@kehu/contracts';
import type { AppAbility } from '@kehu/domain';
import { createContext, useContext } from 'react';

export interface Session {
  user: UserResponse;
  ability: AppAbility;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only for components rendered inside the session gate. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside of the session gate');
  return session;
}
