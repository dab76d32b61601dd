import { unwrap, type TeamResponse } from '@kehu/contracts';
import { kehuClient } from '../../../shared/api/kehu-client';
import { useCursorList, type CursorList } from '../../../shared/api/use-cursor-list';
import { teamQueryKeys } from './team-query-keys';

export function useTeamsList(search: string): CursorList<TeamResponse> {
  return useCursorList(teamQueryKeys.list(search), async (cursor) =>
    unwrap(
      await kehuClient.GET('/api/v1/teams', {
        params: { query: { q: search || undefined, cursor } },
      }),
    ),
  );
}
