import { DatePicker, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../i18n/use-app-language';
import { useOwnerOptions } from '../owners/use-owner-options';
import {
  filterableFields,
  formatList,
  formatRange,
  HAS_VALUE,
  isListType,
  isRangeType,
  NO_VALUE,
  parseList,
  parseRange,
  withFilter,
  type CustomFieldFilters,
} from './custom-field-filters';
import type { CustomFieldDefinition } from './custom-field-types';
import { localized } from './custom-field-values';

interface CustomFieldFilterInputsProps {
  definitions: readonly CustomFieldDefinition[];
  value: CustomFieldFilters | undefined;
  onChange: (filters: CustomFieldFilters | undefined) => void;
}

interface OneFilterProps {
  definition: CustomFieldDefinition;
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

const DAY = 'YYYY-MM-DD';
const SPECIAL = [HAS_VALUE, NO_VALUE];

/** Options, a user or yes / no: any of the chosen, or "has a value" / "has none". */
function ListFilter({ definition, label, value, onChange }: OneFilterProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const { owners } = useOwnerOptions(definition.type === 'user');
  const choices =
    definition.type === 'user'
      ? owners.map((owner) => ({ value: owner.id, label: owner.name }))
      : definition.options.map((option) => ({
          value: option.key,
          label: localized(option.label, language),
        }));
  const special = [
    { value: HAS_VALUE, label: t('customFields.filter.hasValue') },
    { value: NO_VALUE, label: t('customFields.filter.noValue') },
  ];
  const selected = value && SPECIAL.includes(value) ? [value] : parseList(value);
  return (
    <Select<string[]>
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      placeholder={label}
      aria-label={label}
      data-testid={`cf-filter-${definition.key}`}
      showSearch={{ optionFilterProp: 'label' }}
      value={selected}
      // Once something is chosen the placeholder is gone: the field's name stays in front.
      prefix={selected.length > 0 ? `${label}：` : undefined}
      options={[...choices, ...special]}
      onChange={(keys) => {
        const added = keys.find((key) => !selected.includes(key));
        if (added && SPECIAL.includes(added)) onChange(added);
        else onChange(formatList(keys.filter((key) => !SPECIAL.includes(key))));
      }}
      style={{ minWidth: 140 }}
    />
  );
}

function BooleanFilter({ label, value, onChange, definition }: OneFilterProps) {
  const { t } = useTranslation();
  return (
    <Select<string>
      allowClear
      placeholder={label}
      aria-label={label}
      data-testid={`cf-filter-${definition.key}`}
      value={value}
      onChange={(next) => onChange(next)}
      options={[
        { value: 'true', label: `${label}：${t('customFields.yes')}` },
        { value: 'false', label: `${label}：${t('customFields.no')}` },
        { value: HAS_VALUE, label: `${label}：${t('customFields.filter.hasValue')}` },
        { value: NO_VALUE, label: `${label}：${t('customFields.filter.noValue')}` },
      ]}
      style={{ minWidth: 120 }}
    />
  );
}

/** Start of the first day to the end of the last, in local time, for date-time values. */
function dayBounds(from: Dayjs | null, to: Dayjs | null) {
  return {
    from: from ? from.startOf('day').toISOString() : undefined,
    to: to ? to.endOf('day').toISOString() : undefined,
  };
}

function RangeFilter({ definition, label, value, onChange }: OneFilterProps) {
  const { t } = useTranslation();
  const range = parseRange(value) ?? {};
  if (definition.type === 'date' || definition.type === 'datetime') {
    const date = definition.type === 'date';
    return (
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        aria-label={label}
        data-testid={`cf-filter-${definition.key}`}
        placeholder={[`${label} ${t('customFields.filter.from')}`, t('customFields.filter.to')]}
        value={[range.from ? dayjs(range.from) : null, range.to ? dayjs(range.to) : null]}
        onChange={(dates) => {
          const [from, to] = dates ?? [null, null];
          onChange(
            formatRange(
              date
                ? { from: from?.format(DAY), to: to?.format(DAY) }
                : dayBounds(from ?? null, to ?? null),
            ),
          );
        }}
        style={{ width: 250 }}
      />
    );
  }
  const end = (which: 'from' | 'to') => (
    <InputNumber<string>
      stringMode
      placeholder={
        which === 'from' ? `${label} ${t('customFields.filter.from')}` : t('customFields.filter.to')
      }
      aria-label={`${label} ${t(`customFields.filter.${which}`)}`}
      value={range[which] ?? null}
      onChange={(next) =>
        onChange(formatRange({ ...range, [which]: next === null ? undefined : String(next) }))
      }
      style={{ width: which === 'from' ? 130 : 90 }}
    />
  );
  return (
    <Space.Compact data-testid={`cf-filter-${definition.key}`}>
      {end('from')}
      {end('to')}
    </Space.Compact>
  );
}

function TextFilter({ definition, label, value, onChange }: OneFilterProps) {
  return (
    <Input
      allowClear
      placeholder={label}
      aria-label={label}
      data-testid={`cf-filter-${definition.key}`}
      value={value ?? ''}
      // Always a prefix (empty until typed in), so the input is not rebuilt mid-typing.
      prefix={value ? `${label}：` : <span />}
      onChange={(event) => onChange(event.target.value.trim() || undefined)}
      style={{ width: 140 }}
    />
  );
}

/** A list's filters on its filterable custom fields, kept as `cf.<key>` in the address. */
export function CustomFieldFilterInputs({
  definitions,
  value,
  onChange,
}: CustomFieldFilterInputsProps) {
  const { language } = useAppLanguage();
  return (
    <>
      {filterableFields(definitions).map((definition) => {
        const props: OneFilterProps = {
          definition,
          label: localized(definition.label, language),
          value: value?.[definition.key],
          onChange: (next) => onChange(withFilter(value, definition.key, next)),
        };
        if (definition.type === 'boolean') return <BooleanFilter key={definition.key} {...props} />;
        if (isListType(definition.type)) return <ListFilter key={definition.key} {...props} />;
        if (isRangeType(definition.type)) return <RangeFilter key={definition.key} {...props} />;
        return <TextFilter key={definition.key} {...props} />;
      })}
    </>
  );
}
