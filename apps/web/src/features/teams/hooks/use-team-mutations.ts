import {
  expectSuccess,
  unwrap,
  type CreateTeamRequest,
  type TeamResponse,
  type UpdateTeamRequest,
} from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { teamQueryKeys } from './team-query-keys';

async function fetchTeam(id: string): Promise<TeamResponse> {
  return unwrap(await kehuClient.GET('/api/v1/teams/{id}', { params: { path: { id } } }));
}

/** Team writes; each one refreshes every team list and picker. */
export function useTeamMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: teamQueryKeys.all });

  const create = useMutation({
    mutationFn: async (body: CreateTeamRequest) =>
      unwrap(await kehuClient.POST('/api/v1/teams', { body })),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: async ({ team, changes }: { team: TeamResponse; changes: UpdateTeamRequest }) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/teams/{id}', {
          ...versionedRecord(team),
          body: changes,
        }),
      ),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: async (team: TeamResponse) =>
      expectSuccess(await kehuClient.DELETE('/api/v1/teams/{id}', versionedRecord(team))),
    onSuccess,
  });
  const restore = useMutation({
    mutationFn: async (team: TeamResponse) =>
      expectSuccess(
        await kehuClient.POST('/api/v1/teams/{id}/restore', { params: { path: { id: team.id } } }),
      ),
    onSuccess,
  });

  return { create, update, remove, restore, fetchTeam };
}
