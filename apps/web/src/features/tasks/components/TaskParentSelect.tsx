import { Select, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTaskParentSearch } from '../hooks/use-task-parent-search';
import type { TaskParent } from '../task-parent';
import { parentValue, type ParentValue } from '../task-form-values';

interface ParentOption {
  value: ParentValue;
  label: string;
  type: TaskParent['type'];
}

interface TaskParentSelectProps {
  id?: string;
  value?: ParentValue;
  onChange?: (value: ParentValue | undefined) => void;
  /** The record already linked (editing, or opened from its page), so it stays labelled. */
  initial?: TaskParent | null;
  disabled?: boolean;
}

const toOption = (record: TaskParent): ParentOption => ({
  value: parentValue(record.type, record.id),
  label: record.name,
  type: record.type,
});

/** Picks the customer or lead a task is about by typing part of its name. */
export function TaskParentSelect({
  id,
  value,
  onChange,
  initial,
  disabled,
}: TaskParentSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<ParentOption | null>(initial ? toOption(initial) : null);
  const { records, searching } = useTaskParentSearch(search);
  const found = records.map(toOption);
  const options =
    chosen && chosen.value === value && !found.some((option) => option.value === chosen.value)
      ? [chosen, ...found]
      : found;

  return (
    <Select<ParentValue>
      id={id}
      value={value}
      disabled={disabled}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      allowClear
      placeholder={t('tasks.form.parentPlaceholder')}
      onChange={(next) => {
        setChosen(options.find((option) => option.value === next) ?? null);
        onChange?.(next);
      }}
      notFoundContent={
        searching ? (
          <Spin size="small" />
        ) : (
          <Typography.Text type="secondary">
            {search.trim() === '' ? t('tasks.form.typeToSearch') : t('tasks.form.noMatch')}
          </Typography.Text>
        )
      }
      options={options}
      optionRender={(option) => {
        const data = option.data as ParentOption;
        return (
          <span>
            <Tag>{t(`tasks.parentTypes.${data.type}`)}</Tag>
            {data.label}
          </span>
        );
      }}
    />
  );
}
