import { unwrap } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSession } from '../../features/auth/hooks/use-session';
import { useAppAbility } from '../access/use-app-ability';
import { kehuClient } from '../api/kehu-client';

const MAX_PAGE = 200;
const OWNER_OPTIONS_KEY = ['customers', 'owner-options'] as const;

export interface OwnerOption {
  id: string;
  name: string;
  email?: string;
  teamIds: string[];
}

export interface OwnerOptions {
  /** The signed-in user first, then their colleagues from the user directory. */
  owners: OwnerOption[];
  /** False when the user may give customers only to themselves (a sales rep). */
  complete: boolean;
  loading: boolean;
  ownerName: (id: string | null | undefined) => string | undefined;
}

/**
 * People a customer can be given to, from the directory every signed-in user may read
 * (a channel partner's lists only their dealer's people). Choosing someone else is for
 * those who may reassign customers or administer users.
 */
export function useOwnerOptions(enabled = true): OwnerOptions {
  const { user } = useSession();
  const ability = useAppAbility();
  const mayChooseOthers = ability.can('read', 'User') || ability.can('reassign', 'Customer');
  const query = useQuery({
    queryKey: OWNER_OPTIONS_KEY,
    queryFn: async () =>
      unwrap(
        await kehuClient.GET('/api/v1/users/directory', {
          params: { query: { limit: MAX_PAGE } },
        }),
      ),
    enabled,
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
        teamIds: other.teams.map((team) => team.id),
      }));
    const owners = [me, ...others];
    const names = new Map(owners.map((owner) => [owner.id, owner.name]));
    return {
      owners,
      complete: mayChooseOthers,
      loading: query.isLoading,
      ownerName: (id) => (id ? names.get(id) : undefined),
    };
  }, [user, query.data, query.isLoading, mayChooseOthers]);
}
