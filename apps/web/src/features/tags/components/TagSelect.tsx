import { Flex, Select, Tag } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useMemo } from 'react';
import { useTagCatalog } from '../hooks/use-tag-catalog';
import { toTagOptionGroups } from '../tag-option-groups';

/** A tag option with its colour as a dot, so the chip colours can be recognised. */
export function renderTagOption(option: { label?: ReactNode; data: object }): ReactNode {
  const { data } = option;
  const color = 'color' in data && typeof data.color === 'string' ? data.color : null;
  return (
    <Flex align="center" gap={8}>
      <span
        aria-hidden
        style={{
          width: 8,
          height: 8,
          borderRadius: '50%',
          flex: 'none',
          background: color ?? 'currentColor',
          opacity: color ? 1 : 0.3,
        }}
      />
      {option.label}
    </Flex>
  );
}

/** Tag options grouped by tag group, without the excluded ones. */
export function useTagOptionGroups(exclude: readonly string[] = []) {
  const catalog = useTagCatalog();
  const excludeKey = exclude.join(',');
  const options = useMemo(
    () => toTagOptionGroups(catalog.grouped, excludeKey ? excludeKey.split(',') : []),
    [catalog.grouped, excludeKey],
  );
  return { options, catalog };
}

interface TagSelectProps {
  value?: string[];
  onChange?: (tagIds: string[]) => void;
  placeholder?: string;
  'aria-label'?: string;
  style?: CSSProperties;
  /** At most this many tags (the API accepts 20 per filter, 100 per customer). */
  maxCount?: number;
  autoFocus?: boolean;
}

/** Choose tags, grouped by tag group and searchable by name; works inside a Form.Item. */
export function TagSelect({
  value,
  onChange,
  placeholder,
  style,
  maxCount,
  autoFocus,
  ...aria
}: TagSelectProps) {
  const { options, catalog } = useTagOptionGroups();
  return (
    <Select<string[]>
      mode="multiple"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={(ids) => onChange?.(ids)}
      placeholder={placeholder}
      aria-label={aria['aria-label']}
      options={options}
      optionRender={renderTagOption}
      loading={catalog.isLoading}
      maxCount={maxCount}
      autoFocus={autoFocus}
      maxTagCount="responsive"
      tagRender={({ value: id, label, closable, onClose }) => (
        <Tag
          color={catalog.tagById(String(id))?.color ?? undefined}
          closable={closable}
          onClose={onClose}
          onMouseDown={(event) => event.preventDefault()}
          style={{ marginInlineEnd: 4 }}
        >
          {label}
        </Tag>
      )}
      style={style}
    />
  );
}
