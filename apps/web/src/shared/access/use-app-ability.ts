import { useAbility } from '@casl/react';
import type { AppAbility } from '@kehu/domain';

/** The signed-in user's CASL ability, provided once the session is loaded. */
export function useAppAbility(): AppAbility {
  return useAbility<AppAbility>();
}
