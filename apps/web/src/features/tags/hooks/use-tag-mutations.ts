import { expectSuccess, unwrap } from '@kehu/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { versionedRecord } from '../../../shared/api/if-match';
import { kehuClient } from '../../../shared/api/kehu-client';
import { customerQueryKeys } from '../../customers/hooks/customer-query-keys';
import type {
  CreateTagGroupRequest,
  CreateTagRequest,
  TagGroupResponse,
  TagResponse,
  UpdateTagGroupRequest,
  UpdateTagRequest,
} from '../tag-types';
import { tagQueryKeys } from './tag-query-keys';

export async function fetchTag(id: string): Promise<TagResponse> {
  return unwrap(await kehuClient.GET('/api/v1/tags/{id}', { params: { path: { id } } }));
}

export async function fetchTagGroup(id: string): Promise<TagGroupResponse> {
  return unwrap(await kehuClient.GET('/api/v1/tag-groups/{id}', { params: { path: { id } } }));
}

/**
 * Tag and tag group writes. Each refreshes the catalog; renaming, recolouring or deleting
 * a tag also changes the chips on customers, so their cached pages are refreshed too.
 */
export function useTagMutations() {
  const queryClient = useQueryClient();
  const refreshCatalog = () => queryClient.invalidateQueries({ queryKey: tagQueryKeys.all });
  const refreshEverything = async () => {
    await refreshCatalog();
    await queryClient.invalidateQueries({ queryKey: customerQueryKeys.all });
  };

  const createGroup = useMutation({
    mutationFn: async (body: CreateTagGroupRequest) =>
      unwrap(await kehuClient.POST('/api/v1/tag-groups', { body })),
    onSuccess: refreshCatalog,
  });
  const updateGroup = useMutation({
    mutationFn: async ({
      group,
      changes,
    }: {
      group: TagGroupResponse;
      changes: UpdateTagGroupRequest;
    }) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/tag-groups/{id}', {
          ...versionedRecord(group),
          body: changes,
        }),
      ),
    onSuccess: refreshCatalog,
  });
  const removeGroup = useMutation({
    mutationFn: async (group: TagGroupResponse) =>
      expectSuccess(await kehuClient.DELETE('/api/v1/tag-groups/{id}', versionedRecord(group))),
    onSettled: refreshEverything,
  });
  const restoreGroup = useMutation({
    mutationFn: async (group: TagGroupResponse) =>
      expectSuccess(
        await kehuClient.POST('/api/v1/tag-groups/{id}/restore', {
          params: { path: { id: group.id } },
        }),
      ),
    onSettled: refreshEverything,
  });

  const createTag = useMutation({
    mutationFn: async (body: CreateTagRequest) =>
      unwrap(await kehuClient.POST('/api/v1/tags', { body })),
    onSuccess: refreshCatalog,
  });
  const updateTag = useMutation({
    mutationFn: async ({ tag, changes }: { tag: TagResponse; changes: UpdateTagRequest }) =>
      unwrap(
        await kehuClient.PATCH('/api/v1/tags/{id}', {
          ...versionedRecord(tag),
          body: changes,
        }),
      ),
    onSuccess: refreshEverything,
  });
  const removeTag = useMutation({
    mutationFn: async (tag: TagResponse) =>
      expectSuccess(await kehuClient.DELETE('/api/v1/tags/{id}', versionedRecord(tag))),
    onSettled: refreshEverything,
  });
  const restoreTag = useMutation({
    mutationFn: async (tag: TagResponse) =>
      expectSuccess(
        await kehuClient.POST('/api/v1/tags/{id}/restore', { params: { path: { id: tag.id } } }),
      ),
    onSettled: refreshEverything,
  });

  return {
    createGroup,
    updateGroup,
    removeGroup,
    restoreGroup,
    createTag,
    updateTag,
    removeTag,
    restoreTag,
  };
}
