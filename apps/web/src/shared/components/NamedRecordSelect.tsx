import { Select, type SelectProps } from 'antd';

interface NamedRecordSelectProps extends Omit<SelectProps, 'options'> {
  records: ReadonlyArray<{ id: string; name: string }>;
}

/**
 * A searchable, clearable pick of one named record (a team, a dealer organisation); in a
 * Form.Item it takes the item's value and change handler.
 */
export function NamedRecordSelect({ records, ...props }: NamedRecordSelectProps) {
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      {...props}
      options={records.map((record) => ({ value: record.id, label: record.name }))}
    />
  );
}
