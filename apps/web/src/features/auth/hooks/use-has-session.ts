import { useSyncExternalStore } from 'react';
import { tokenStore } from '../../../shared/api/token-store';

/** True while tokens are stored; flips when the user signs out or the session expires. */
export function useHasSession(): boolean {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.hasSession);
}
