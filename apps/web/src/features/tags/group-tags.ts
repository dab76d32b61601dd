import type { TagGroupResponse, TagResponse } from './tag-types';

export interface TagGroupWithTags {
  group: TagGroupResponse;
  tags: TagResponse[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/**
 * Tags under their groups: built-in groups first (geography, industry, purchase history,
 * attribute), then admin-defined ones, each by name. Tags whose group is not loaded are
 * left out rather than shown without a heading.
 */
export function groupTags(
  groups: readonly TagGroupResponse[],
  tags: readonly TagResponse[],
): TagGroupWithTags[] {
  const byGroup = new Map<string, TagResponse[]>();
  for (const tag of tags) {
    const list = byGroup.get(tag.groupId) ?? [];
    list.push(tag);
    byGroup.set(tag.groupId, list);
  }
  return [...groups]
    .sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || byName(a, b))
    .map((group) => ({ group, tags: (byGroup.get(group.id) ?? []).sort(byName) }));
}
