import { Flex, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TagChip } from '../../tags/tag-types';

const SHOWN = 2;

/** A list cell's tags: the first two as short chips, the rest as "+N" with their names on hover. */
export function CompactTags({ tags }: { tags: readonly TagChip[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  const rest = tags.slice(SHOWN);
  return (
    <Flex gap={4} wrap={false} style={{ minWidth: 0, overflow: 'hidden' }}>
      {tags.slice(0, SHOWN).map((tag) => (
        <Tag
          key={tag.id}
          color={tag.color ?? undefined}
          title={tag.name}
          style={{
            marginInlineEnd: 0,
            maxWidth: 76,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
            flexShrink: 1,
          }}
        >
          {tag.name}
        </Tag>
      ))}
      {rest.length > 0 && (
        <Tooltip
          title={t('customers.list.moreTags', {
            count: rest.length,
            names: rest.map((tag) => tag.name).join('、'),
          })}
        >
          <Tag style={{ marginInlineEnd: 0, flexShrink: 0 }} data-testid="more-tags">
            +{rest.length}
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}
