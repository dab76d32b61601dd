import type { ReactNode } from 'react';
import { canAccess, type RouteAccess } from '../shared/access/route-access';
import { useAppAbility } from '../shared/access/use-app-ability';
import { NoAccessPage } from '../shared/components/NoAccessPage';

/** A page the user's rules forbid answers "no access" instead of rendering. */
export function AccessGate({ access, children }: { access: RouteAccess; children: ReactNode }) {
  const ability = useAppAbility();
  return canAccess(ability, access) ? children : <NoAccessPage />;
}
