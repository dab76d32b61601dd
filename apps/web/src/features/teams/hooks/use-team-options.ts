import { unwrap, type TeamResponse } from '@kehu/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { kehuClient } from '../../../shared/api/kehu-client';
import { teamQueryKeys } from './team-query-keys';

const MAX_PAGE = 200;

/** Teams for pickers and for showing team names; only loaded when the user may read teams. */
export function useTeamOptions(enabled: boolean): {
  teams: TeamResponse[];
  teamName: (id: string) => string;
} {
  const query = useQuery({
    queryKey: teamQueryKeys.options,
    queryFn: async () =>
      unwrap(await kehuClient.GET('/api/v1/teams', { params: { query: { limit: MAX_PAGE } } })),
    enabled,
  });
  return useMemo(() => {
    const teams = query.data?.items ?? [];
    const names = new Map(teams.map((team) => [team.id, team.name]));
    return { teams, teamName: (id: string) => names.get(id) ?? id };
  }, [query.data]);
}
