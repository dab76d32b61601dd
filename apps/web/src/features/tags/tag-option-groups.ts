import type { TagGroupWithTags } from './group-tags';

export interface TagOption {
  value: string;
  label: string;
  color: string | null;
}

export interface TagOptionGroup {
  label: string;
  title: string;
  options: TagOption[];
}

/** Select options: one group per tag group (empty ones left out), a tag's name as its label. */
export function toTagOptionGroups(
  grouped: readonly TagGroupWithTags[],
  exclude: readonly string[] = [],
): TagOptionGroup[] {
  return grouped
    .map(({ group, tags }) => ({
      label: group.name,
      title: group.name,
      options: tags
        .filter((tag) => !exclude.includes(tag.id))
        .map((tag) => ({ value: tag.id, label: tag.name, color: tag.color })),
    }))
    .filter((group) => group.options.length > 0);
}
