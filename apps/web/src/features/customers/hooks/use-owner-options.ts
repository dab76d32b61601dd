import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAppAbility } from '../../../shared/access/use-app-ability';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useSession } from '../../auth/hooks/use-session';
import { customerQueryKeys } from './customer-query-keys';

const MAX_PAGE = 200;

export interface OwnerOption {
  id: string;
  name: string;
  email?: string;
  teamIds: string[];
}

export interface OwnerOptions {
  /** The signed-in user first; everyone else only for those who may read users. */
  owners: OwnerOption[];
  /** False when only "me" can be offered (the user directory is admin-only). */
  complete: boolean;
  loading: boolean;
  ownerName: (id: string | null | undefined) => string | undefined;
}

/**
 * People a customer can be given to. Reading users is an administrator's right, so other
 * roles are offered themselves only.
 */
export function useOwnerOptions(enabled = true): OwnerOptions {
  const { user } = useSession();
  const mayReadUsers = useAppAbility().can('read', 'User');
  const query = useQuery({
    queryKey: customerQueryKeys.owners,
    queryFn: async () =>
      unwrap(
        await kehuClient.GET('/api/v1/users', {
          params: { query: { active: true, limit: MAX_PAGE, sort: 'name' } },
        }),
      ),
    enabled: enabled && mayReadUsers,
    staleTime: 5 * 60_000,
  });
  return useMemo(() => {
    const me: OwnerOption = {
      id: user.id,
      name: user.name,
      email: user.email,
      teamIds: user.teamIds,
    };
    const others = (query.data?.items ?? [])
      .filter((other) => other.id !== user.id)
      .map((other) => ({
        id: other.id,
        name: other.name,
        email: other.email,
        teamIds: other.teamIds,
      }));
    const owners = [me, ...others];
    const names = new Map(owners.map((owner) => [owner.id, owner.name]));
    return {
      owners,
      complete: mayReadUsers,
      loading: query.isLoading,
      ownerName: (id) => (id ? names.get(id) : undefined),
    };
  }, [user, query.data, query.isLoading, mayReadUsers]);
}
