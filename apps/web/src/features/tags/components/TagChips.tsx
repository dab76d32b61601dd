import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TagChip } from '../tag-types';

interface TagChipsProps {
  tags: readonly TagChip[];
  /** Makes each chip removable; left out, the chips are read-only. */
  onRemove?: (tag: TagChip) => void;
  /** What to show when there are no tags; nothing by default. */
  emptyText?: string;
}

/** A customer's tags as coloured chips, by name. */
export function TagChips({ tags, onRemove, emptyText }: TagChipsProps) {
  const { t } = useTranslation();
  if (tags.length === 0) {
    return emptyText ? <Typography.Text type="secondary">{emptyText}</Typography.Text> : null;
  }
  return (
    <Flex gap={4} wrap component="ul" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
      {tags.map((tag) => (
        <li key={tag.id}>
          <Tag
            color={tag.color ?? undefined}
            style={{ marginInlineEnd: 0 }}
            closable={
              onRemove ? { 'aria-label': t('tags.chips.remove', { name: tag.name }) } : false
            }
            onClose={(event) => {
              // The chip goes when the customer's tags come back without it.
              event.preventDefault();
              onRemove?.(tag);
            }}
          >
            {tag.name}
          </Tag>
        </li>
      ))}
    </Flex>
  );
}
